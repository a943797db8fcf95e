/**
 * The Action's entry (action.yml → dist/index.js). Thin on purpose (DESIGN.md, convention 12): everything
 * GitHub-specific is in src/github/run.ts; this file only wires the pipeline and the reporters into it.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { analysisErrorMeta } from './detectors/engine/run.js';
import { DETECTORS } from './detectors/registry.js';
import { runAction, type ActionDeps } from './github/run.js';
import { defaultInspector, INSPECTION_WORKER, inspectionWorker, SCAN_POOL } from './inspection-pool.js';
import { ENGINE_VERSION } from './pipeline.js';
import { parsePolicy } from './policy/load.js';
import { DEFAULT_POLICY } from './policy/schema.js';
import type { Policy } from './policy/types.js';
import { ruleDocsUrl } from './report/rule-docs.js';
import { resolvedSince } from './report/fingerprint.js';
import { fingerprintsFromSummary, summaryFingerprints } from './report/markdown.js';
import { renderScanOutputs } from './report/scan-outputs.js';
import { gitFiles } from './repo/git.js';
import { userError } from './runtime/errors.js';
import { createScanIO, registrySettings } from './scan-io.js';
import { runScan } from './scan.js';

/** The pipeline as the Action calls it: inputs, file access at base and head, the scan target, a logger. */
export type Scan = ActionDeps['scan'];
/** The reporters as the Action calls them: report → summary, review comments, annotations, SARIF, JSON. */
export type Render = ActionDeps['render'];

export interface Wiring {
  scan: Scan;
  render: Render;
  /** Local-checkout file access (git), used when there is no token or with `comment: none`. */
  localFiles?: ActionDeps['localFiles'];
}

const VERSION = '0.1.0';

const today = (): string => new Date().toISOString().slice(0, 10);

export function wiring(env: NodeJS.ProcessEnv = process.env): Wiring {
  const scan: Scan = async (inputs, files, target, log) => {
    // The policy is read at BASE: a pull request must not be able to loosen the gate that judges it.
    const path = inputs.policy || '.github/customs.yml';
    const text = await files.read(target.base, path);
    if (inputs.policy && text === undefined) throw userError(`${path}: the policy file does not exist at the base commit ${target.base.slice(0, 12)}`);
    let policy: Policy = text === undefined ? DEFAULT_POLICY : parsePolicy(text, path);
    if (inputs.failOn) policy = { ...policy, failOn: inputs.failOn };
    const day = today();
    const io = await createScanIO({
      files: { list: (ref) => files.list(ref), read: (ref, p) => files.read(ref, p), changed: () => files.changed() },
      head: target.head,
      ...defaultInspector({ ...SCAN_POOL, log }),
      policy,
      today: day,
      log,
      ...registrySettings(policy, DEFAULT_POLICY, env, { pypiIndexUrl: inputs.pypiIndexUrl, npmRegistry: inputs.npmRegistry, tokens: inputs.registryTokens }),
      ...(env['RUNNER_TEMP'] ? { cacheDir: join(env['RUNNER_TEMP'], 'customs-cache') } : {}),
      osvUrl: env['CUSTOMS_OSV_URL'] === 'off' ? false : (env['CUSTOMS_OSV_URL'] || 'https://api.osv.dev'),
    });
    return runScan(io, {
      base: target.base,
      head: target.head,
      policy,
      today: day,
      ecosystems: inputs.ecosystems ?? policy.ecosystems,
      chainDepth: inputs.chainDepth ?? policy.chainDepth,
      repository: `${target.owner}/${target.repo}`,
      toolVersion: VERSION,
      engineVersion: ENGINE_VERSION,
    });
  };
  const rules = [...DETECTORS.map((d) => d.meta), analysisErrorMeta];
  const render: Render = (report, _inputs, previousSummary) => {
    // Findings the previous run's summary listed and this run no longer has are shown as resolved.
    const before = previousSummary === undefined ? undefined : fingerprintsFromSummary(previousSummary);
    const resolved = before ? resolvedSince(before, summaryFingerprints(report)) : [];
    return renderScanOutputs(report, { rules, rulesUrl: (id) => ruleDocsUrl(id), today: today(), resolved });
  };
  const workspace = env['GITHUB_WORKSPACE'];
  const local = workspace && existsSync(join(workspace, '.git')) ? gitFiles(workspace) : undefined;
  return {
    scan,
    render,
    ...(local
      ? {
          localFiles: (target) => ({
            list: (ref: string) => local.list(ref),
            read: (ref: string, p: string) => local.read(ref, p),
            changed: () => local.changed(target.base, target.head),
          }),
        }
      : {}),
  };
}

export async function main(w: Wiring = wiring()): Promise<void> {
  await runAction(w);
}

const entry = process.argv[1] ? pathToFileURL(process.argv[1]).href : '';
if (!isMainThread && (workerData as { role?: string } | null)?.role === INSPECTION_WORKER && parentPort) inspectionWorker(parentPort);
else if (import.meta.url === entry) await main();
