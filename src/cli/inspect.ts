import { parseArgs } from 'node:util';
import { DETECTORS } from '../detectors/registry.js';
import { analysisErrorMeta } from '../detectors/engine/run.js';
import { defaultInspector, SCAN_POOL } from '../inspection-pool.js';
import { ENGINE_VERSION, type Inspection } from '../pipeline.js';
import { buildJsonReport } from '../report/json.js';
import { buildSarif } from '../report/sarif.js';
import { renderText } from '../report/text.js';
import { userError } from '../runtime/errors.js';
import type { Logger } from '../runtime/logger.js';
import { collectArtifacts, readArtifact } from './artifacts.js';
import { createScanIO } from '../scan-io.js';
import { loadPolicyFile, parseFormat, today } from './options.js';

export const INSPECT_USAGE = `customs inspect PATH|SPEC... [--format text|json|sarif] [--policy FILE] [--verbose]
            [--pypi-index-url URL] [--npm-registry URL]
  Inspects local artifacts (sdists, wheels, npm tarballs) and folders of them, or published packages named
  npm:NAME[@VERSION] or pypi:NAME[==VERSION] (downloaded over HTTP, integrity-checked; the sdist and the
  wheels pip would pick), without running anything.
  Exit code: 1 when any package fails the policy, 0 otherwise, 2 on usage errors.`;

/** `npm:left-pad@1.3.0`, `npm:@scope/name`, `pypi:requests==2.31.0`, `pypi:requests@2.31.0`. */
function parseSpec(spec: string): { ecosystem: 'npm' | 'pypi'; name: string; version?: string } {
  const ecosystem = spec.startsWith('npm:') ? 'npm' : 'pypi';
  const rest = spec.slice(ecosystem.length + 1);
  const m = ecosystem === 'npm' ? /^(@?[^@\s]+)(?:@([^@\s]+))?$/.exec(rest) : /^([A-Za-z0-9][A-Za-z0-9._-]*)(?:(?:==|@)([^\s]+))?$/.exec(rest);
  if (!m) throw userError(`${spec}: expected ${ecosystem === 'npm' ? 'npm:NAME[@VERSION]' : 'pypi:NAME[==VERSION]'}`);
  return { ecosystem, name: m[1]!, ...(m[2] ? { version: m[2] } : {}) };
}

export async function inspectCommand(argv: string[], out: (s: string) => void, log: Logger): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      policy: { type: 'string' },
      verbose: { type: 'boolean' },
      ecosystem: { type: 'string' },
      'pypi-index-url': { type: 'string' },
      'npm-registry': { type: 'string' },
    },
  });
  if (positionals.length === 0) throw userError(`inspect needs at least one path or package spec\n${INSPECT_USAGE}`);
  const specs = positionals.filter((p) => /^(npm|pypi):/.test(p)).map(parseSpec);
  const paths = positionals.filter((p) => !/^(npm|pypi):/.test(p));
  const format = parseFormat(values.format, ['text', 'json', 'sarif']);
  const ecosystem = values.ecosystem === 'npm' || values.ecosystem === 'pypi' ? values.ecosystem : undefined;
  const policy = loadPolicyFile(values.policy);
  const files = paths.length > 0 ? collectArtifacts(paths) : [];
  if (files.length === 0 && specs.length === 0) throw userError(`no artifacts found in ${positionals.join(', ')}`);
  const { inspector } = defaultInspector({ ...SCAN_POOL, log });
  const results: Inspection[] = [];
  const day = today();
  if (specs.length > 0) {
    const pypiIndexUrl = values['pypi-index-url'] ?? process.env['CUSTOMS_PYPI_INDEX_URL'];
    const npmRegistry = values['npm-registry'] ?? process.env['CUSTOMS_NPM_REGISTRY'];
    const io = await createScanIO({ inspector, policy, today: day, log, osvUrl: false, ...(pypiIndexUrl ? { pypiIndexUrl } : {}), ...(npmRegistry ? { npmRegistry } : {}) });
    for (const s of specs) {
      const registry = io.registry(s.ecosystem, s.name, []);
      const resolved = s.version ? await registry.get(s.name, s.version) : await registry.resolve(s.name, '');
      for (const artifact of resolved.artifacts) {
        log.debug(`downloading ${artifact.filename}`);
        const bytes = await io.download(artifact);
        results.push(await io.inspect({ bytes, filename: artifact.filename, ecosystem: s.ecosystem, name: resolved.ref.name, version: resolved.ref.version }));
      }
    }
  }
  for (const file of files) {
    log.debug(`inspecting ${file}`);
    results.push(await inspector.inspect({ ...readArtifact(file), ...(ecosystem ? { ecosystem } : {}) }, policy, day));
  }
  if (format === 'json') out(JSON.stringify(buildJsonReport(results, ENGINE_VERSION), null, 2) + '\n');
  else if (format === 'sarif') {
    const rules = [...DETECTORS.map((d) => d.meta), analysisErrorMeta];
    out(JSON.stringify(buildSarif(results, { version: ENGINE_VERSION, rules, helpBase: 'docs/rules' }), null, 2) + '\n');
  } else out(renderText(results, { minSeverity: values.verbose ? 'info' : 'low' }));
  return results.some((r) => r.verdict.decision === 'fail') ? 1 : 0;
}
