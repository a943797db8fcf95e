/**
 * One interface over PyPI and npm: turn a requirement (name + PEP 440 specifier or npm range) into the
 * version pip/npm would install, its artifacts and its registry metadata. Implementations receive the
 * HttpClient and Logger (DESIGN.md, conventions 2 and 9) and keep a per-run in-memory cache.
 */
import type { ResolvedPackage } from '../model/dependencies.js';
import type { Ecosystem } from '../model/finding.js';
import type { HttpResponse } from '../fetch/http.js';
import { externalError, userError } from '../runtime/errors.js';

export interface RegistryConfig {
  url: string;
  /** Sent as `Authorization: Bearer …` to this registry's origin only; never logged. */
  token?: string;
  /** npm scope (`@acme`) the registry serves. */
  scope?: string;
}

export interface ResolveOptions {
  /** Accept pre-releases even when the specifier does not name one (pip `--pre`, npm `includePrerelease`). */
  prereleases?: boolean;
}

export interface Registry {
  readonly ecosystem: Ecosystem;
  /** Highest version allowed by `spec` (PEP 440 specifier / npm range or tag / '' = latest), as pip/npm pick. */
  resolve(name: string, spec: string, opts?: ResolveOptions): Promise<ResolvedPackage>;
  /** One exact version. Throws a user error when it does not exist (404/410), external errors otherwise. */
  get(name: string, version: string): Promise<ResolvedPackage>;
}

/** Drops userinfo and secret-looking query values so a URL can appear in messages and logs. */
export function redactUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    // Not a URL we can take apart: cut anything that looks like `user:pass@`.
    return url.replace(/\/\/[^/@\s]*@/, '//***@');
  }
  if (parsed.username || parsed.password) {
    parsed.username = '***';
    parsed.password = '';
  }
  for (const key of [...parsed.searchParams.keys()]) {
    if (/token|key|secret|sig|auth|pass/i.test(key)) parsed.searchParams.set(key, '***');
  }
  return parsed.toString();
}

/** Splits `https://user:pass@host/…` into a credential-free URL and a Basic authorization value. */
export function splitCredentials(url: string): { url: string; authorization?: string } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (err) {
    throw userError(`registry URL "${redactUrl(url)}" is not a valid URL`, err);
  }
  if (!parsed.username && !parsed.password) return { url: parsed.toString() };
  const user = decodeURIComponent(parsed.username);
  const pass = decodeURIComponent(parsed.password);
  parsed.username = '';
  parsed.password = '';
  return { url: parsed.toString(), authorization: `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}` };
}

export function withTrailingSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

export function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}

/** True for statuses that mean "no such package/version" (PEP 503 and npm both answer 404; some 410). */
export function isNotFound(res: HttpResponse): boolean {
  return res.status === 404 || res.status === 410;
}

/**
 * Maps statuses the client returned (it retries 429/5xx itself) to the error kinds: credentials problems
 * are the user's to fix, anything else unexpected is the registry's.
 */
export function checkStatus(res: HttpResponse, what: string, url: string): void {
  if (res.status >= 200 && res.status < 300) return;
  const where = redactUrl(url);
  if (res.status === 401 || res.status === 403) {
    throw userError(`${what}: ${where} answered ${res.status}; check the registry token or credentials`);
  }
  throw externalError(`${what}: ${where} answered HTTP ${res.status}`);
}

/** Parses a JSON body or throws an external error naming the URL (a registry sent something broken). */
export function parseJsonBody(res: HttpResponse, url: string): unknown {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(res.body);
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw externalError(`malformed JSON from ${redactUrl(url)}: ${(err as Error).message}`, err);
  }
}

/** An empty record without a prototype, for keys that come from hostile documents (`__proto__`, `constructor`). */
export function emptyRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Caches one promise per key for the run; a failed lookup is forgotten so a later call may retry. */
export class RunCache<T> {
  private readonly entries = new Map<string, Promise<T>>();
  get(key: string, load: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit) return hit;
    const pending = load();
    this.entries.set(key, pending);
    pending.catch(() => this.entries.delete(key));
    return pending;
  }
}
