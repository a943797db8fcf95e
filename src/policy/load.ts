import { parseDocument } from 'yaml';
import { SEVERITIES } from '../model/index.js';
import { userError } from '../runtime/errors.js';
import { DEFAULT_POLICY } from './schema.js';
import type { AllowEntry, DenyEntry, Policy, RuleSetting, Threshold } from './types.js';

const THRESHOLDS = [...SEVERITIES, 'never'] as const;

/** Parses a policy file's text (YAML) into a Policy, naming the file and line of every problem. */
export function parsePolicy(text: string, file: string): Policy {
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    throw userError(`${file}:${e.linePos?.[0]?.line ?? 1}: ${e.message.split('\n')[0]}`);
  }
  const lineOf = (path: Array<string | number>): number => {
    const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
    const offset = node?.range?.[0] ?? 0;
    return text.slice(0, offset).split('\n').length;
  };
  const fail = (path: Array<string | number>, message: string): never => {
    throw userError(`${file}:${lineOf(path)}: ${path.join('.')}: ${message}`);
  };
  const raw = (doc.toJS() ?? {}) as Record<string, unknown>;
  if (typeof raw !== 'object' || Array.isArray(raw)) fail([], 'the policy must be a mapping');
  const known = new Set(['version', 'fail-on', 'warn-on', 'uninspectable', 'rules', 'allow', 'deny', 'registries']);
  for (const key of Object.keys(raw)) if (!known.has(key)) fail([key], `unknown key (expected one of ${[...known].join(', ')})`);

  const threshold = (key: string, fallback: Threshold): Threshold => {
    const v = raw[key];
    if (v === undefined) return fallback;
    if (typeof v !== 'string' || !(THRESHOLDS as readonly string[]).includes(v)) fail([key], `must be one of ${THRESHOLDS.join(', ')}`);
    return v as Threshold;
  };
  const uninspectable = raw['uninspectable'] ?? DEFAULT_POLICY.uninspectable;
  if (!['fail', 'warn', 'pass'].includes(uninspectable as string)) fail(['uninspectable'], 'must be fail, warn or pass');

  const rules: Record<string, RuleSetting> = {};
  for (const [id, v] of Object.entries((raw['rules'] ?? {}) as Record<string, unknown>)) {
    const sev = typeof v === 'string' ? v : (v as { severity?: unknown } | null)?.severity;
    if (typeof sev !== 'string' || ![...SEVERITIES, 'off'].includes(sev)) fail(['rules', id], `severity must be off or one of ${SEVERITIES.join(', ')}`);
    rules[id] = { severity: sev as RuleSetting['severity'] };
  }
  const list = <T>(key: string, check: (v: Record<string, unknown>, i: number) => T): T[] => {
    const v = raw[key];
    if (v === undefined) return [];
    if (!Array.isArray(v)) fail([key], 'must be a list');
    return (v as unknown[]).map((item, i) => {
      if (!item || typeof item !== 'object') fail([key, i], 'must be a mapping');
      return check(item as Record<string, unknown>, i);
    });
  };
  const allow = list<AllowEntry>('allow', (v, i) => {
    if (typeof v['package'] !== 'string') fail(['allow', i], 'package is required');
    if (typeof v['reason'] !== 'string' || !v['reason']) fail(['allow', i], 'reason is required');
    const expires = v['expires'] instanceof Date ? v['expires'].toISOString().slice(0, 10) : v['expires'];
    if (expires !== undefined && (typeof expires !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(expires))) fail(['allow', i, 'expires'], 'must be a date YYYY-MM-DD');
    return {
      package: v['package'] as string,
      reason: v['reason'] as string,
      ...(typeof v['version'] === 'string' ? { version: v['version'] } : {}),
      ...(typeof v['digest'] === 'string' ? { digest: v['digest'] } : {}),
      ...(Array.isArray(v['rules']) ? { rules: (v['rules'] as unknown[]).map(String) } : {}),
      ...(typeof expires === 'string' ? { expires } : {}),
    };
  });
  const deny = list<DenyEntry>('deny', (v, i) => {
    if (typeof v['package'] !== 'string') fail(['deny', i], 'package is required');
    return { package: v['package'] as string, reason: typeof v['reason'] === 'string' ? v['reason'] : 'denied by policy' };
  });
  return {
    failOn: threshold('fail-on', DEFAULT_POLICY.failOn),
    warnOn: threshold('warn-on', DEFAULT_POLICY.warnOn),
    uninspectable: uninspectable as Policy['uninspectable'],
    rules,
    allow,
    deny,
  };
}
