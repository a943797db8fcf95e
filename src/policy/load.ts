/**
 * Policy file text → Policy. The text is validated against schemas/policy.schema.json with ajv; every
 * schema error becomes `file:line: path: message`, the line found through the YAML node ranges, so a user
 * can fix all mistakes in one go. Defaults come from the schema (schema.ts), never from this file.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { userError } from '../runtime/errors.js';
import { applySchemaDefaults, POLICY_SCHEMA, toPolicy, type JsonSchema } from './schema.js';
import type { Policy } from './types.js';

// ajv-formats is CommonJS with a default export; under NodeNext the callable sits on `.default`.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (a: Ajv) => Ajv;

let validator: ValidateFunction | undefined;
function validate(): ValidateFunction {
  if (!validator) {
    const ajv = new Ajv({ allErrors: true, verbose: true, strict: true });
    addFormats(ajv);
    // Annotation only: the schema's plain-language message for a failed pattern/format/anyOf.
    ajv.addKeyword({ keyword: 'x-message', schemaType: 'string' });
    validator = ajv.compile(POLICY_SCHEMA);
  }
  return validator;
}

type Segment = string | number;

/** JSON pointer (`/rules/code~1exec`) → path segments. */
function pointer(p: string): Segment[] {
  if (!p) return [];
  return p
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

export function formatPath(path: readonly Segment[]): string {
  let out = '';
  for (const s of path) out += typeof s === 'number' ? `[${s}]` : out ? `.${s}` : s;
  return out || '(top level)';
}

/** Offset of the node at `path` (or of its key, when `key` is set); falls back to the nearest ancestor. */
function offsetOf(doc: Document, path: readonly Segment[], key?: string): number {
  let node: unknown = doc.contents;
  let offset = (node as Node | null)?.range?.[0] ?? 0;
  const steps: Segment[] = key === undefined ? [...path] : [...path, key];
  for (let i = 0; i < steps.length; i++) {
    const s = steps[i]!;
    const asKey = key !== undefined && i === steps.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(s));
      if (!pair) break;
      const keyNode = pair.key as Node;
      if (asKey) return keyNode.range?.[0] ?? offset;
      node = pair.value;
      offset = (node as Node | null)?.range?.[0] ?? keyNode.range?.[0] ?? offset;
    } else if (isSeq(node) && typeof s === 'number') {
      node = node.items[s];
      offset = (node as Node | null)?.range?.[0] ?? offset;
    } else break;
  }
  return offset;
}

const TYPE_WORDS: Record<string, string> = { object: 'a mapping', array: 'a list', string: 'a string', integer: 'a whole number', number: 'a number', boolean: 'true or false' };

function describe(e: ErrorObject): { path: Segment[]; key?: string; message: string } {
  const path = pointer(e.instancePath);
  const custom = (e.parentSchema as JsonSchema | undefined)?.['x-message'];
  const params = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return { path, message: `${String(params['missingProperty'])} is required` };
    case 'additionalProperties': {
      const allowed = Object.keys((e.parentSchema as JsonSchema).properties ?? {});
      return { path, key: String(params['additionalProperty']), message: `unknown key ${String(params['additionalProperty'])} (expected one of ${allowed.join(', ')})` };
    }
    case 'propertyNames': {
      const hint = ((e.parentSchema as JsonSchema | undefined)?.['propertyNames'] as JsonSchema | undefined)?.['x-message'];
      return { path, key: String(params['propertyName']), message: `${String(params['propertyName'])}: ${typeof hint === 'string' ? hint : 'invalid key'}` };
    }
    case 'enum':
      return { path, message: `must be one of ${(params['allowedValues'] as unknown[]).join(', ')}` };
    case 'const':
      return { path, message: `must be ${JSON.stringify(params['allowedValue'])}` };
    case 'type':
      return { path, message: `must be ${String(params['type']).split(',').map((t) => TYPE_WORDS[t] ?? t).join(' or ')}` };
    case 'pattern':
    case 'format':
    case 'anyOf':
      return { path, message: typeof custom === 'string' ? custom : (e.message ?? 'is invalid') };
    default:
      return { path, message: e.message ?? 'is invalid' };
  }
}

/** ajv errors → one line each, sorted by line; nested errors under a failed `anyOf`/`propertyNames` are folded into it. */
export function explainErrors(errors: readonly ErrorObject[], doc: Document, counter: LineCounter, file: string): string[] {
  const umbrellas = errors.filter((e) => e.keyword === 'anyOf').map((e) => e.schemaPath);
  const kept = errors.filter((e) => {
    if (e.keyword === 'if') return false;
    if (e.keyword !== 'anyOf' && umbrellas.some((u) => e.schemaPath.startsWith(u.slice(0, -'anyOf'.length)) && e.schemaPath !== u)) return false;
    // propertyNames reports the bad name twice (the pattern and the umbrella); keep the umbrella.
    if (e.keyword === 'pattern' && e.propertyName !== undefined) return false;
    return true;
  });
  const seen = new Set<string>();
  const lines: Array<{ line: number; text: string }> = [];
  for (const e of kept) {
    const d = describe(e);
    const line = counter.linePos(offsetOf(doc, d.path, d.key)).line;
    const text = `${file}:${line}: ${formatPath(d.key && e.keyword !== 'propertyNames' ? [...d.path, d.key] : d.path)}: ${d.message}`;
    if (seen.has(text)) continue;
    seen.add(text);
    lines.push({ line, text });
  }
  return lines.sort((a, b) => a.line - b.line).map((l) => l.text);
}

/** Parses a policy file's text (YAML) into a Policy, naming the file and line of every problem. */
export function parsePolicy(text: string, file: string): Policy {
  const counter = new LineCounter();
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true, lineCounter: counter });
  if (doc.errors.length > 0) {
    throw userError(doc.errors.map((e) => `${file}:${e.linePos?.[0]?.line ?? 1}: ${e.message.split('\n')[0]}`).join('\n'));
  }
  const raw: unknown = doc.toJS() ?? {};
  const check = validate();
  if (!check(raw)) {
    const lines = explainErrors(check.errors ?? [], doc, counter, file);
    throw userError(lines.length === 1 ? lines[0]! : `${file}: ${lines.length} problems:\n${lines.join('\n')}`);
  }
  return toPolicy(applySchemaDefaults(POLICY_SCHEMA, raw) as Record<string, unknown>);
}
