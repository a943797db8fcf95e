/**
 * The policy file's schema (schemas/policy.schema.json, published for editors) is the one place defaults
 * live: `DEFAULT_POLICY` is what the schema's `default` keywords make of an empty file, never a hand copy
 * (DESIGN.md convention 7). Imported as JSON so the bundled Action stays self-contained.
 */
import schemaJson from '../../schemas/policy.schema.json' with { type: 'json' };
import type { Ecosystem } from '../model/index.js';
import type { AllowEntry, DenyEntry, Outcome, Policy, RuleSetting, Threshold } from './types.js';

export interface JsonSchema {
  type?: string | string[];
  default?: unknown;
  properties?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  [key: string]: unknown;
}

export const POLICY_SCHEMA: JsonSchema = schemaJson as JsonSchema;

type Raw = Record<string, unknown>;

/** Fills every key the schema gives a `default` and the value leaves out, recursing into mappings. */
export function applySchemaDefaults(schema: JsonSchema, value: unknown): unknown {
  if (!schema.properties || !value || typeof value !== 'object' || Array.isArray(value)) return value;
  const out: Raw = { ...(value as Raw) };
  for (const [key, sub] of Object.entries(schema.properties)) {
    if (out[key] === undefined && sub.default !== undefined) out[key] = structuredClone(sub.default);
    if (out[key] !== undefined) out[key] = applySchemaDefaults(sub, out[key]);
  }
  return out;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const opt = <K extends string>(key: K, v: unknown): Partial<Record<K, string>> =>
  typeof v === 'string' ? ({ [key]: v } as Record<K, string>) : {};

/** Maps a schema-valid, defaults-filled policy document (kebab-case keys) onto the Policy type. */
export function toPolicy(doc: Raw): Policy {
  const rules: Record<string, RuleSetting> = {};
  for (const [id, v] of Object.entries((doc['rules'] ?? {}) as Raw)) {
    rules[id] = { severity: (typeof v === 'string' ? v : (v as Raw)['severity']) as RuleSetting['severity'] };
  }
  const allow: AllowEntry[] = ((doc['allow'] ?? []) as Raw[]).map((a) => ({
    package: str(a['package'])!,
    reason: str(a['reason'])!,
    ...opt('version', a['version']),
    ...opt('digest', a['digest']),
    ...(Array.isArray(a['rules']) ? { rules: (a['rules'] as unknown[]).map(String) } : {}),
    ...opt('expires', a['expires']),
  }));
  const deny: DenyEntry[] = ((doc['deny'] ?? []) as Raw[]).map((d) => ({ package: str(d['package'])!, reason: str(d['reason'])! }));
  const registries = (doc['registries'] ?? {}) as Raw;
  const pypi = (registries['pypi'] ?? {}) as Raw;
  const npm = (registries['npm'] ?? {}) as Raw;
  const scopes: Policy['registries']['npm']['scopes'] = {};
  for (const [scope, s] of Object.entries((npm['scopes'] ?? {}) as Record<string, Raw>)) {
    scopes[scope] = { registry: str(s['registry'])!, ...opt('tokenEnv', s['token-env']) };
  }
  return {
    failOn: doc['fail-on'] as Threshold,
    warnOn: doc['warn-on'] as Threshold,
    uninspectable: doc['uninspectable'] as Outcome,
    rules,
    allow,
    deny,
    registries: {
      pypi: { indexUrl: str(pypi['index-url'])!, extraIndexUrls: (pypi['extra-index-urls'] ?? []) as string[], ...opt('tokenEnv', pypi['token-env']) },
      npm: { registry: str(npm['registry'])!, ...opt('tokenEnv', npm['token-env']), scopes },
    },
    internal: (doc['internal'] ?? []) as string[],
    ecosystems: (doc['ecosystems'] ?? []) as Ecosystem[],
    chainDepth: doc['chain-depth'] as number,
    drift: doc['drift'] as Policy['drift'],
  };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** What an empty policy file means: every value from the schema's `default` keywords. Frozen all the way down: shared. */
export const DEFAULT_POLICY: Readonly<Policy> = deepFreeze(toPolicy(applySchemaDefaults(POLICY_SCHEMA, {}) as Raw));

/** Rules whose findings mean "not inspected" rather than "malicious": the `uninspectable` key decides them. */
export const COVERAGE_RULES = new Set(['customs/uninspectable', 'customs/analysis-error']);
