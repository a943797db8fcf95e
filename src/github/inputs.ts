/**
 * The Action's inputs: one typed table with defaults and validation. `action.yml` lists the same names with
 * no `default:` (except `token`), so the defaults live here only (DESIGN.md, convention 7; compare
 * actions/dependency-review-action src/schemas.ts). A test checks that action.yml and this table agree.
 */
import { userError } from '../runtime/errors.js';

export const FAIL_ON = ['critical', 'high', 'medium', 'low', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];
export const COMMENT_MODES = ['review', 'summary', 'none'] as const;
export type CommentMode = (typeof COMMENT_MODES)[number];
export const ECOSYSTEMS = ['pypi', 'npm'] as const;
export type InputEcosystem = (typeof ECOSYSTEMS)[number];

export interface ActionInputs {
  /** Policy file path; '' means the bundled default policy (or `.github/customs.yml` when the lead wires it). */
  policy: string;
  /** undefined: the policy file decides (its schema holds the default). */
  failOn: FailOn | undefined;
  ecosystems: InputEcosystem[] | undefined;
  comment: CommentMode;
  sarifFile: string;
  reportFile: string;
  /** '' when no token is available: then no API call is made at all. */
  token: string;
  pypiIndexUrl: string | undefined;
  npmRegistry: string | undefined;
  /** Registry host → token, from `host=token` lines. Values are secrets: never log them. */
  registryTokens: Record<string, string>;
  base: string;
  head: string;
  chainDepth: number | undefined;
}

interface InputSpec<K extends keyof ActionInputs> {
  name: string;
  key: K;
  description: string;
  /** The raw default ('' for none). */
  default: string;
  parse(raw: string, name: string): ActionInputs[K];
  secret?: boolean;
}

const text = (raw: string): string => raw;

function oneOf<T extends string>(values: readonly T[]) {
  return (raw: string, name: string): T => {
    const v = raw.toLowerCase();
    if ((values as readonly string[]).includes(v)) return v as T;
    throw userError(`Input '${name}' is '${raw}', expected one of: ${values.join(', ')}.`);
  };
}

/** Inputs whose default is the policy file's: empty means "as the policy says". */
function orPolicy<T>(parse: (raw: string, name: string) => T) {
  return (raw: string, name: string): T | undefined => (raw === '' ? undefined : parse(raw, name));
}

function ecosystemList(raw: string, name: string): InputEcosystem[] {
  const items = raw
    .split(/[\s,]+/)
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  const out: InputEcosystem[] = [];
  for (const item of items) {
    const e = oneOf(ECOSYSTEMS)(item, name);
    if (!out.includes(e)) out.push(e);
  }
  if (out.length === 0) throw userError(`Input '${name}' names no ecosystem; expected pypi, npm or both.`);
  return out;
}

function httpUrl(raw: string, name: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw userError(`Input '${name}' is not a URL: '${redactUrl(raw)}'.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw userError(`Input '${name}' must be an http(s) URL, got '${url.protocol}'.`);
  }
  return raw;
}

/** Hides credentials written into a URL (`https://user:secret@host`) before it reaches a message. */
export function redactUrl(raw: string): string {
  return raw.replace(/\/\/[^/@\s]*@/, '//***@');
}

function tokenTable(raw: string, name: string): Record<string, string> {
  const out: Record<string, string> = {};
  raw.split(/\r?\n/).forEach((line, i) => {
    const l = line.trim();
    if (!l || l.startsWith('#')) return;
    const eq = l.indexOf('=');
    const host = eq > 0 ? l.slice(0, eq).trim() : '';
    const token = eq > 0 ? l.slice(eq + 1).trim() : '';
    // The message names the line but never echoes it: the line holds a secret.
    if (!host || !token) throw userError(`Input '${name}' line ${i + 1}: expected 'host=token'.`);
    out[host.toLowerCase()] = token;
  });
  return out;
}

function depth(raw: string, name: string): number {
  if (!/^\d+$/.test(raw.trim())) throw userError(`Input '${name}' is '${raw}', expected a whole number from 0 to 10.`);
  const n = Number(raw.trim());
  if (n > 10) throw userError(`Input '${name}' is ${n}; at most 10 is allowed.`);
  return n;
}

function gitRef(raw: string, name: string): string {
  // Refs go into URL paths and `base...head`; refuse anything that could change the request's meaning.
  if (raw && !/^[A-Za-z0-9._/@^~-]+$/.test(raw)) throw userError(`Input '${name}' is not a git ref or SHA: '${raw}'.`);
  if (raw.includes('...')) throw userError(`Input '${name}' must name one ref, not a range: '${raw}'.`);
  return raw;
}

const spec = <K extends keyof ActionInputs>(s: InputSpec<K>): InputSpec<K> => s;

/** The table. Order is the order action.yml lists them in. */
export const INPUTS = [
  spec({ name: 'policy', key: 'policy', default: '', parse: text, description: 'Policy file (YAML). Empty: .github/customs.yml when present, else the bundled default policy.' }),
  spec({ name: 'fail-on', key: 'failOn', default: '', parse: orPolicy(oneOf(FAIL_ON)), description: 'Lowest severity that fails the check: critical, high, medium, low or never. Default: the policy file\'s fail-on (high in the bundled default policy).' }),
  spec({ name: 'ecosystems', key: 'ecosystems', default: '', parse: orPolicy(ecosystemList), description: 'Ecosystems to scan, comma separated. Default: the policy file\'s ecosystems (pypi,npm).' }),
  spec({ name: 'comment', key: 'comment', default: 'review', parse: oneOf(COMMENT_MODES), description: 'review (line comments and a summary comment), summary (summary comment only) or none. Default review.' }),
  spec({ name: 'sarif-file', key: 'sarifFile', default: 'customs.sarif', parse: text, description: 'Where to write the SARIF report (for github/codeql-action/upload-sarif). Default customs.sarif.' }),
  spec({ name: 'report-file', key: 'reportFile', default: 'customs-report.json', parse: text, description: 'Where to write the JSON report. Default customs-report.json.' }),
  spec({ name: 'token', key: 'token', default: '', parse: text, secret: true, description: 'GitHub token used to read files and post the review. Defaults to github.token.' }),
  spec({ name: 'pypi-index-url', key: 'pypiIndexUrl', default: '', parse: orPolicy(httpUrl), description: 'PyPI simple index URL. Default: the policy file\'s registries, then the repository\'s own index settings, then https://pypi.org/simple/.' }),
  spec({ name: 'npm-registry', key: 'npmRegistry', default: '', parse: orPolicy(httpUrl), description: 'npm registry URL. Default: the policy file\'s registries, then the repository\'s .npmrc, then https://registry.npmjs.org/.' }),
  spec({ name: 'registry-tokens', key: 'registryTokens', default: '', parse: tokenTable, secret: true, description: 'Tokens for private registries, one host=token per line. Pass them from secrets.' }),
  spec({ name: 'base', key: 'base', default: '', parse: gitRef, description: 'Base commit or ref to compare against. Default: from the event.' }),
  spec({ name: 'head', key: 'head', default: '', parse: gitRef, description: 'Head commit or ref. Default: from the event.' }),
  spec({ name: 'chain-depth', key: 'chainDepth', default: '', parse: orPolicy(depth), description: 'How many levels of new transitive dependencies to inspect (0 to 10). Default: the policy file\'s chain-depth (3).' }),
] as const;

export const OUTPUTS = [
  { name: 'decision', description: 'pass, warn or fail.' },
  { name: 'findings', description: 'Number of findings at or above the reporting threshold.' },
  { name: 'sarif-file', description: 'Path of the SARIF report written.' },
  { name: 'report-file', description: 'Path of the JSON report written.' },
] as const;

/** Reads one raw input; in the Action this is `core.getInput` (which reads `INPUT_<NAME>`). */
export type GetInput = (name: string) => string;

/**
 * Parses every input, applying defaults for empty values. Errors are user errors naming the input.
 * `mask` is called with each secret value so the runner hides it from logs (core.setSecret).
 */
export function parseInputs(getInput: GetInput, mask: (secret: string) => void = () => {}): ActionInputs {
  const out: Partial<Record<keyof ActionInputs, unknown>> = {};
  for (const s of INPUTS) {
    const raw = getInput(s.name).trim();
    const value = raw === '' ? s.default : raw;
    const parsed = (s.parse as (raw: string, name: string) => unknown)(value, s.name);
    if ('secret' in s && s.secret) {
      if (typeof parsed === 'string' && parsed) mask(parsed);
      if (parsed && typeof parsed === 'object') for (const v of Object.values(parsed)) mask(String(v));
    }
    out[s.key] = parsed;
  }
  return out as ActionInputs;
}
