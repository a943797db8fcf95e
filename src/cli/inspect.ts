import { parseArgs } from 'node:util';
import { DETECTORS } from '../detectors/registry.js';
import { analysisErrorMeta } from '../detectors/engine/run.js';
import { createEngine, ENGINE_VERSION, inspectArtifact, type Inspection } from '../pipeline.js';
import { buildJsonReport } from '../report/json.js';
import { buildSarif } from '../report/sarif.js';
import { renderText } from '../report/text.js';
import { userError } from '../runtime/errors.js';
import type { Logger } from '../runtime/logger.js';
import { loadTreeSitterWasm } from '../runtime/wasm.js';
import { collectArtifacts, readArtifact } from './artifacts.js';
import { loadPolicyFile, parseFormat, today } from './options.js';

export const INSPECT_USAGE = `customs inspect PATH... [--format text|json|sarif] [--policy FILE] [--verbose]
  Inspects local artifacts (sdists, wheels, npm tarballs) and folders of them, without running anything.
  Exit code: 1 when any package fails the policy, 0 otherwise, 2 on usage errors.`;

export async function inspectCommand(argv: string[], out: (s: string) => void, log: Logger): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { format: { type: 'string' }, policy: { type: 'string' }, verbose: { type: 'boolean' }, ecosystem: { type: 'string' } },
  });
  if (positionals.length === 0) throw userError(`inspect needs at least one path\n${INSPECT_USAGE}`);
  const spec = positionals.find((p) => /^(npm|pypi):/.test(p));
  if (spec) throw userError(`${spec}: inspecting by registry name needs the registry stage, which this build does not have yet; download the artifact and pass its path`);
  const format = parseFormat(values.format, ['text', 'json', 'sarif']);
  const ecosystem = values.ecosystem === 'npm' || values.ecosystem === 'pypi' ? values.ecosystem : undefined;
  const policy = loadPolicyFile(values.policy);
  const files = collectArtifacts(positionals);
  if (files.length === 0) throw userError(`no artifacts found in ${positionals.join(', ')}`);
  const engine = await createEngine(loadTreeSitterWasm());
  const results: Inspection[] = [];
  const day = today();
  for (const file of files) {
    log.debug(`inspecting ${file}`);
    results.push(await inspectArtifact(engine, { ...readArtifact(file), ...(ecosystem ? { ecosystem } : {}) }, policy, day));
  }
  if (format === 'json') out(JSON.stringify(buildJsonReport(results, ENGINE_VERSION), null, 2) + '\n');
  else if (format === 'sarif') {
    const rules = [...DETECTORS.map((d) => d.meta), analysisErrorMeta];
    out(JSON.stringify(buildSarif(results, { version: ENGINE_VERSION, rules, helpBase: 'docs/rules' }), null, 2) + '\n');
  } else out(renderText(results, { minSeverity: values.verbose ? 'info' : 'low' }));
  return results.some((r) => r.verdict.decision === 'fail') ? 1 : 0;
}
