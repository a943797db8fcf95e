/**
 * `.npmrc`: which registries a project installs from, and which of them it holds credentials for.
 * https://docs.npmjs.com/cli/v10/configuring-npm/npmrc
 *
 * Credentials are never kept: an auth setting only marks its registry as authenticated (a boolean), and
 * user:password embedded in a registry URL is removed. Messages name keys, never values.
 */
import type { DeclaredRegistry } from '../../model/dependencies.js';
import { parseError, splitLines } from './text.js';

export interface NpmrcAuth {
  /** The registry a credential applies to, as npm keys it: `//host/path/`; `default` for bare `_authToken`. */
  registry: string;
  configured: boolean;
  line: number;
}

export interface NpmrcResult {
  registries: DeclaredRegistry[];
  auth: NpmrcAuth[];
  notes: string[];
}

const AUTH_KEYS = new Set(['_authToken', '_auth', '_password', 'username', 'certfile', 'keyfile', 'token']);

/** npm's "nerf dart": `https://host/path/` → `//host/path/`, the form auth keys use. */
export function nerfDart(url: string): string {
  const m = /^[a-z]+:(\/\/[^/?#]+)([^?#]*)/i.exec(url);
  if (!m) return url;
  let path = m[2]!;
  if (!path.endsWith('/')) path = path.slice(0, path.lastIndexOf('/') + 1) || '/';
  return `${m[1]!.replace(/^\/\/[^@]*@/, '//')}${path}`;
}

function unquote(v: string): string {
  const t = v.trim();
  return /^".*"$|^'.*'$/.test(t) ? t.slice(1, -1) : t;
}

export function parseNpmrc(file: string, text: string): NpmrcResult {
  const registries = new Map<string, DeclaredRegistry>();
  const auth = new Map<string, NpmrcAuth>();
  const notes: string[] = [];
  const setAuth = (registry: string, configured: boolean, line: number): void => {
    auth.set(registry, { registry, configured: configured || (auth.get(registry)?.configured ?? false), line });
  };
  splitLines(text).forEach((raw, i) => {
    const line = i + 1;
    const l = raw.trim();
    if (l === '' || l.startsWith('#') || l.startsWith(';')) return;
    const eq = l.indexOf('=');
    if (eq === -1) {
      // Not echoed: a line without `=` may well be a pasted token.
      notes.push(`${file}:${line}: a setting without "=" (npm reads it as true)`);
      return;
    }
    const key = l.slice(0, eq).trim();
    const value = unquote(l.slice(eq + 1));
    const scoped = /^(@[^:]+):registry$/.exec(key);
    if (key === 'registry' || scoped) {
      if (!/^https?:\/\//i.test(value) && !value.includes('${')) {
        throw parseError(file, line, `${key} must be an http(s) URL`);
      }
      let url = value;
      const cred = /^([a-z]+:\/\/)[^/@]*@/i.exec(value);
      if (cred) {
        url = value.replace(/^([a-z]+:\/\/)[^/@]*@/i, '$1'); // credentials in the URL: drop them, remember auth
        setAuth(nerfDart(url), true, line);
      }
      const reg: DeclaredRegistry = { url, role: 'primary', source: { file, line } };
      if (scoped) reg.scope = scoped[1]!;
      registries.set(scoped?.[1] ?? '', reg);
      return;
    }
    const nerfed = /^(\/\/.+?):([^:]+)$/.exec(key);
    if (nerfed && AUTH_KEYS.has(nerfed[2]!)) setAuth(nerfed[1]!, value !== '', line);
    else if (AUTH_KEYS.has(key) && key !== 'username') setAuth('default', value !== '', line);
  });
  return { registries: [...registries.values()], auth: [...auth.values()], notes };
}

/** Whether the `.npmrc` holds a credential for this registry URL (npm matches on the nerf dart prefix). */
export function hasAuthFor(result: NpmrcResult, url: string): boolean {
  const dart = nerfDart(url.endsWith('/') ? url : `${url}/`);
  return result.auth.some((a) => a.configured && a.registry !== 'default' && dart.startsWith(a.registry.endsWith('/') ? a.registry : `${a.registry}/`));
}
