import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultCacheDir } from '../fetch/cache.js';
import { defaultInspector, SCAN_POOL } from '../inspection-pool.js';
import { ENGINE_VERSION } from '../pipeline.js';
import { DETECTORS } from '../detectors/registry.js';
import { analysisErrorMeta } from '../detectors/engine/run.js';
import { buildScanJson } from '../report/json.js';
import { ruleDocsUrl } from '../report/rule-docs.js';
import { renderSummary } from '../report/markdown.js';
import { buildScanSarif } from '../report/sarif.js';
import { renderScanText } from '../report/scan-text.js';
import { gitFiles, resolveCommit } from '../repo/git.js';
import { userError } from '../runtime/errors.js';
import type { Logger } from '../runtime/logger.js';
import { DEFAULT_POLICY } from '../policy/schema.js';
import { createScanIO, registrySettings } from '../scan-io.js';
import { runScan } from '../scan.js';
import { loadPolicyFile, parseFormat, today } from './options.js';
import { Progress } from './progress.js';

export const SCAN_USAGE = `customs scan [--repo DIR] [--base REF] [--head REF] [--format text|json|sarif|markdown]
            [--policy FILE] [--pypi-index-url URL] [--npm-registry URL] [--chain-depth N]
            [--ecosystems pypi,npm] [--no-osv] [--osv-url URL] [--no-cache] [--cache-dir DIR]
            [--http-timeout SECONDS] [--max-artifact-mb MB] [--verbose]
  Compares the dependencies of a git repository at two commits (default: origin/HEAD or main vs HEAD),
  downloads what the change newly installs and inspects it without running it.
  Registry URLs also come from CUSTOMS_PYPI_INDEX_URL and CUSTOMS_NPM_REGISTRY (flags win, then the
  environment, then the policy file, then the repository's .npmrc / --index-url settings); tokens from
  CUSTOMS_REGISTRY_TOKENS ("host=token" per line or comma-separated), never printed.
  Exit code: 1 when the policy fails the change, 0 otherwise, 2 on usage errors.`;

const CLI_VERSION = '0.1.0';

function parseTokens(text: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (text ?? '').split(/[\n,]/)) {
    const eq = part.indexOf('=');
    if (eq > 0) out[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
  }
  return out;
}

function positiveNumber(flag: string, raw: string | undefined): number | undefined {
  if (raw === undefined || raw === '') return undefined;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw userError(`${flag} must be a positive number (got ${raw})`);
  return n;
}

async function defaultBase(dir: string): Promise<string> {
  for (const ref of ['origin/HEAD', 'origin/main', 'origin/master', 'main', 'master']) {
    try {
      return await resolveCommit(dir, ref);
    } catch {
      // try the next conventional name
    }
  }
  throw userError(`${dir}: no base to compare with (no origin/HEAD, main or master); pass --base REF`);
}

export async function scanCommand(argv: string[], out: (s: string) => void, log: Logger, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      repo: { type: 'string' },
      base: { type: 'string' },
      head: { type: 'string' },
      format: { type: 'string' },
      policy: { type: 'string' },
      'pypi-index-url': { type: 'string' },
      'npm-registry': { type: 'string' },
      'chain-depth': { type: 'string' },
      ecosystems: { type: 'string' },
      'no-osv': { type: 'boolean' },
      'osv-url': { type: 'string' },
      'no-cache': { type: 'boolean' },
      'cache-dir': { type: 'string' },
      'http-timeout': { type: 'string' },
      'max-artifact-mb': { type: 'string' },
      verbose: { type: 'boolean' },
    },
  });
  const format = parseFormat(values.format, ['text', 'json', 'sarif', 'markdown']);
  const dir = resolve(values.repo ?? '.');
  if (!existsSync(join(dir, '.git')) && !existsSync(dir)) throw userError(`${dir}: no such folder`);
  const repoPolicy = join(dir, '.github', 'customs.yml');
  const policy = loadPolicyFile(values.policy ?? (existsSync(repoPolicy) ? repoPolicy : undefined));
  const depth = Number(values['chain-depth'] ?? policy.chainDepth);
  if (!Number.isInteger(depth) || depth < 0 || depth > 10) throw userError(`--chain-depth must be a whole number from 0 to 10 (got ${values['chain-depth']})`);
  const ecosystems = (values.ecosystems ?? policy.ecosystems.join(',')).split(',').map((e) => e.trim());
  for (const e of ecosystems) if (e !== 'pypi' && e !== 'npm') throw userError(`--ecosystems takes pypi and/or npm (got ${e})`);

  const timeout = positiveNumber('--http-timeout', values['http-timeout'] ?? env['CUSTOMS_HTTP_TIMEOUT']);
  const maxMb = positiveNumber('--max-artifact-mb', values['max-artifact-mb'] ?? env['CUSTOMS_MAX_ARTIFACT_MB']);
  const base = await resolveCommit(dir, values.base ?? (await defaultBase(dir)));
  const head = await resolveCommit(dir, values.head ?? 'HEAD');
  const files = gitFiles(dir);
  const day = today();
  const progress = new Progress(process.stderr);
  const registries = registrySettings(policy, DEFAULT_POLICY, env, {
    pypiIndexUrl: values['pypi-index-url'] ?? env['CUSTOMS_PYPI_INDEX_URL'],
    npmRegistry: values['npm-registry'] ?? env['CUSTOMS_NPM_REGISTRY'],
    tokens: parseTokens(env['CUSTOMS_REGISTRY_TOKENS']),
  });
  const io = await createScanIO({
    files,
    head,
    ...defaultInspector({ ...SCAN_POOL, log }),
    policy,
    today: day,
    log,
    ...registries,
    ...(values['no-cache'] ? {} : { cacheDir: values['cache-dir'] ?? defaultCacheDir(env) }),
    osvUrl: values['no-osv'] ? false : (values['osv-url'] ?? env['CUSTOMS_OSV_URL'] ?? 'https://api.osv.dev'),
    progress: (stage) => progress.tick(stage),
    ...(timeout ? { httpTimeoutMs: timeout * 1000 } : {}),
    ...(maxMb ? { maxArtifactBytes: Math.round(maxMb * 1024 * 1024) } : {}),
  });
  const report = await runScan(io, {
    base,
    head,
    policy,
    today: day,
    ecosystems: ecosystems as ('pypi' | 'npm')[],
    chainDepth: depth,
    toolVersion: CLI_VERSION,
    engineVersion: ENGINE_VERSION,
  });
  progress.done();
  const rulesUrl = (id: string): string => ruleDocsUrl(id);
  if (format === 'json') out(JSON.stringify(buildScanJson(report), null, 2) + '\n');
  else if (format === 'sarif') out(JSON.stringify(buildScanSarif(report, { rules: [...DETECTORS.map((d) => d.meta), analysisErrorMeta], rulesUrl }), null, 2) + '\n');
  else if (format === 'markdown') out(renderSummary(report, { maxChars: 1024 * 1024, rulesUrl, today: day }) + '\n');
  else out(renderScanText(report, { today: day }));
  return report.decision === 'fail' ? 1 : 0;
}
