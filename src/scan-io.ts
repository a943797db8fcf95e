/**
 * Builds the I/O pieces a scan needs (registries, downloads with caches, inspection, OSV) from one config.
 * Shared by the CLI and the Action so both resolve registries and tokens the same way:
 * explicit settings (flag, environment, policy file) win over what the repository declares (`.npmrc`,
 * `--index-url`, `[[tool.uv.index]]`), which wins over the public defaults.
 */
import { createHash } from 'node:crypto';
import { createHttpClient } from './fetch/client.js';
import { DownloadCache, ResultCache } from './fetch/cache.js';
import { downloadArtifact } from './fetch/download.js';
import type { HttpClient } from './fetch/http.js';
import { limit } from './fetch/limit.js';
import { parseManifest, isManifest } from './manifests/index.js';
import { parseNpmrc } from './manifests/npm/index.js';
import type { Artifact, DeclaredRegistry, Ecosystem } from './model/index.js';
import type { Inspector } from './inspection-pool.js';
import { ANALYSIS_KEY, type Inspection } from './pipeline.js';
import type { Policy } from './policy/types.js';
import { createNpmRegistry } from './registries/npm/index.js';
import { createOsvClient } from './registries/osv/index.js';
import { createPypiRegistry } from './registries/pypi/index.js';
import type { Registry } from './registries/registry.js';
import type { RepoFiles } from './repo/files.js';
import type { Logger } from './runtime/logger.js';
import type { ScanIO } from './scan.js';

export const PUBLIC_PYPI = 'https://pypi.org/simple';
export const PUBLIC_NPM = 'https://registry.npmjs.org/';

export interface ScanIOConfig {
  /** The repository (its `.npmrc` at head configures npm registries); absent for `inspect` by package name. */
  files?: RepoFiles;
  head?: string;
  /** Runs the inspection: in worker threads under a heap cap (the bundle) or in this thread (tests). */
  inspector: Inspector;
  /** Artifacts inspected at once: the inspector's worker count (1 in this thread). */
  analysisLanes?: number;
  policy: Policy;
  today: string;
  log: Logger;
  /** Explicit registry roots (flag > environment > policy file), already merged by the entry point. */
  pypiIndexUrl?: string;
  npmRegistry?: string;
  /** npm scopes the policy file routes to private registries. */
  npmScopes?: Record<string, string>;
  /** Tokens by registry host (`registry.example.com` → token). Never logged. */
  tokens?: Record<string, string>;
  /** Download and result caches; undefined disables both. */
  cacheDir?: string;
  /** OSV API root; false turns the lookup off. */
  osvUrl?: string | false;
  concurrency?: number;
  maxArtifactBytes?: number;
  /** Per-request timeout (connection, headers and body). Default 30 s. */
  httpTimeoutMs?: number;
  http?: HttpClient;
  /** Called as packages move through the stages (for a progress display). */
  progress?: (stage: 'downloaded' | 'inspected') => void;
}

const hostOf = (url: string): string | undefined => {
  try {
    return new URL(url).host;
  } catch {
    return undefined;
  }
};

export async function createScanIO(cfg: ScanIOConfig): Promise<ScanIO> {
  const http = cfg.http ?? createHttpClient({ log: cfg.log, ...(cfg.httpTimeoutMs ? { timeoutMs: cfg.httpTimeoutMs } : {}) });
  const tokenFor = (url: string): string | undefined => {
    const host = hostOf(url);
    return host ? cfg.tokens?.[host] : undefined;
  };
  const npmrcText = cfg.files && cfg.head ? await cfg.files.read(cfg.head, '.npmrc') : undefined;
  const npmrc = npmrcText === undefined ? [] : parseNpmrc('.npmrc', npmrcText).registries;
  const registries = new Map<string, Registry>();
  const cached = (key: string, make: () => Registry): Registry => {
    let r = registries.get(key);
    if (!r) registries.set(key, (r = make()));
    return r;
  };
  const pypi = (declared: readonly DeclaredRegistry[]): Registry => {
    const url = cfg.pypiIndexUrl ?? declared.find((d) => d.role === 'primary' && !d.scope)?.url ?? PUBLIC_PYPI;
    const token = tokenFor(url);
    return cached(`pypi ${url}`, () => createPypiRegistry(http, { indexUrl: url, ...(token ? { token } : {}) }, cfg.log));
  };
  const npm = (declared: readonly DeclaredRegistry[]): Registry => {
    const all = [...npmrc, ...declared.filter((d) => d.source.file.endsWith('.npmrc'))];
    const url = cfg.npmRegistry ?? all.find((d) => !d.scope)?.url ?? PUBLIC_NPM;
    const scopeUrls: Record<string, string> = {};
    for (const d of all) if (d.scope) scopeUrls[d.scope] = d.url;
    Object.assign(scopeUrls, cfg.npmScopes);
    const scopes: Record<string, { url: string; token?: string }> = {};
    for (const [scope, scopeUrl] of Object.entries(scopeUrls)) {
      const token = tokenFor(scopeUrl);
      scopes[scope] = { url: scopeUrl, ...(token ? { token } : {}) };
    }
    const token = tokenFor(url);
    return cached(`npm ${url} ${JSON.stringify(scopes)}`, () => createNpmRegistry(http, { url, ...(token ? { token } : {}), scopes }, cfg.log));
  };

  const downloads = cfg.cacheDir ? new DownloadCache({ dir: cfg.cacheDir, log: cfg.log }) : undefined;
  // A cached verdict is only valid for the same engine and the same policy. It depends on the date only
  // through allow entries that have expired (src/policy/evaluate.ts), so the key names those instead of
  // the day: yesterday's inspections stay valid (a warm CI cache) until an entry's expiry passes.
  const policyKey = createHash('sha256').update(JSON.stringify(cfg.policy)).digest('hex').slice(0, 12);
  const expired = cfg.policy.allow.flatMap((a, i) => (a.expires && a.expires < cfg.today ? [i] : [])).join(',');
  const results = cfg.cacheDir ? new ResultCache(`${ANALYSIS_KEY}+${policyKey}+expired:${expired}`, { dir: cfg.cacheDir, log: cfg.log }) : undefined;
  const pool = limit(cfg.concurrency ?? 8);
  // Analysis is CPU-bound: more artifacts in flight than the inspector has lanes gains nothing and holds
  // several unpacked artifacts and syntax trees in memory together (peak RSS and garbage-collector time
  // grew with the number in flight in bench/scan.mjs). Downloads and registry reads stay concurrent.
  const analysis = limit(cfg.analysisLanes ?? 1);
  // download() already hashed the bytes; inspect() reuses that sha256 instead of hashing them again.
  const sha256Of = new WeakMap<Uint8Array, string>();
  const osv = cfg.osvUrl === false ? undefined : createOsvClient(http, { log: cfg.log, ...(cfg.osvUrl ? { url: cfg.osvUrl } : {}) });

  const noRepo: RepoFiles = { list: async () => [], read: async () => undefined, changed: async () => [] };
  return {
    files: cfg.files ?? noRepo,
    parse: parseManifest,
    isManifest,
    registry: (ecosystem: Ecosystem, _name: string, declared: readonly DeclaredRegistry[] = []) =>
      ecosystem === 'pypi' ? pypi(declared) : npm(declared),
    async download(artifact: Artifact) {
      const token = tokenFor(artifact.url);
      const got = await downloadArtifact(http, artifact, {
        maxBytes: cfg.maxArtifactBytes ?? 512 * 1024 * 1024,
        ...(downloads ? { cache: downloads } : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        log: cfg.log,
      });
      sha256Of.set(got.bytes, got.digests.sha256);
      cfg.progress?.('downloaded');
      return got.bytes;
    },
    async inspect(input) {
      const sha256 = sha256Of.get(input.bytes) ?? createHash('sha256').update(input.bytes).digest('hex');
      const hit = await results?.get<Inspection>(sha256);
      const out = hit ?? (await analysis(() => cfg.inspector.inspect(input, cfg.policy, cfg.today)));
      if (!hit) await results?.set(sha256, out);
      cfg.progress?.('inspected');
      return out;
    },
    ...(osv
      ? {
          async knownMalicious(refs) {
            const got = await osv.queryBatch(refs);
            const out = new Map<string, { id: string; summary?: string }[]>();
            const unavailable: string[] = [];
            for (const [key, lookup] of got) {
              if (lookup.status === 'unavailable') unavailable.push(`${key}: ${lookup.reason}`);
              else out.set(key, lookup.hits.map((h) => ({ id: h.malId, ...(h.summary ? { summary: h.summary } : {}) })));
            }
            if (unavailable.length > 0 && out.size === 0) throw new Error(unavailable[0]);
            for (const u of unavailable) cfg.log.warning(`known-malicious lookup unavailable for ${u}`);
            return out;
          },
        }
      : {}),
    pool: (items, fn) => pool.map(items, fn),
    log: cfg.log,
  };
}

/**
 * Registry settings the policy file states explicitly (values equal to the schema's public defaults are
 * not "explicit": they must not override a private index the repository itself declares), plus tokens
 * from the environment variables the policy names.
 */
function policyRegistries(policy: Policy, defaults: Policy, env: NodeJS.ProcessEnv): Pick<ScanIOConfig, 'pypiIndexUrl' | 'npmRegistry' | 'npmScopes' | 'tokens'> {
  const r = policy.registries;
  const tokens: Record<string, string> = {};
  const addToken = (url: string, envName: string | undefined): void => {
    const host = hostOf(url);
    const value = envName ? env[envName] : undefined;
    if (host && value) tokens[host] = value;
  };
  addToken(r.pypi.indexUrl, r.pypi.tokenEnv);
  addToken(r.npm.registry, r.npm.tokenEnv);
  const npmScopes: Record<string, string> = {};
  for (const [scope, s] of Object.entries(r.npm.scopes)) {
    npmScopes[scope] = s.registry;
    addToken(s.registry, s.tokenEnv);
  }
  return {
    ...(r.pypi.indexUrl !== defaults.registries.pypi.indexUrl ? { pypiIndexUrl: r.pypi.indexUrl } : {}),
    ...(r.npm.registry !== defaults.registries.npm.registry ? { npmRegistry: r.npm.registry } : {}),
    npmScopes,
    tokens,
  };
}

/**
 * Registry roots, scopes and tokens for a scan: what the caller states explicitly (CLI flags or environment,
 * Action inputs) wins over the policy file, which wins over the repository's own settings (applied later,
 * in createScanIO, from `.npmrc` and index options).
 */
export function registrySettings(
  policy: Policy,
  defaults: Policy,
  env: NodeJS.ProcessEnv,
  explicit: { pypiIndexUrl?: string | undefined; npmRegistry?: string | undefined; tokens?: Record<string, string> },
): Pick<ScanIOConfig, 'pypiIndexUrl' | 'npmRegistry' | 'npmScopes' | 'tokens'> {
  const fromPolicy = policyRegistries(policy, defaults, env);
  const pypiIndexUrl = explicit.pypiIndexUrl || fromPolicy.pypiIndexUrl;
  const npmRegistry = explicit.npmRegistry || fromPolicy.npmRegistry;
  return {
    ...(pypiIndexUrl ? { pypiIndexUrl } : {}),
    ...(npmRegistry ? { npmRegistry } : {}),
    npmScopes: fromPolicy.npmScopes ?? {},
    tokens: { ...fromPolicy.tokens, ...explicit.tokens },
  };
}
