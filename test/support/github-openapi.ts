/**
 * Checks requests and responses of the GitHub stand-in against GitHub's published OpenAPI description
 * (@octokit/openapi, generated/api.github.com.json). The 13 MB file is parsed once per test file (each
 * vitest file has its own module graph) and only the schemas an exchange needs are compiled, on first use.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

type Json = Record<string, unknown>;
interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Json;
}
interface Operation {
  parameters?: (Parameter | { $ref: string })[];
  requestBody?: { content?: Record<string, { schema?: Json }> } | { $ref: string };
  responses: Record<string, { content?: Record<string, { schema?: Json }> } | { $ref: string }>;
}

export interface MatchedOperation {
  method: string;
  template: string;
  params: Record<string, string>;
  op: Operation;
}

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

export class OpenApiChecker {
  private readonly spec: { paths: Record<string, Record<string, Operation>>; components: Record<string, Record<string, unknown>> };
  private readonly routes: { method: string; template: string; re: RegExp; names: string[]; literal: number }[] = [];
  private readonly ajv: Ajv;
  private readonly cache = new Map<string, ValidateFunction>();

  constructor() {
    const file = createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json');
    this.spec = JSON.parse(readFileSync(file, 'utf8'));
    for (const [template, item] of Object.entries(this.spec.paths)) {
      const names: string[] = [];
      const pattern = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{(\w+)\\?\}/g, (_m, name: string) => {
        names.push(name);
        // `{path}` (contents) may hold slashes when a client does not encode them.
        return name === 'path' ? '(.+)' : '([^/]+)';
      });
      const re = new RegExp(`^${pattern}$`);
      const literal = template.replace(/\{\w+\}/g, '').length;
      for (const method of Object.keys(item)) if (METHODS.includes(method)) this.routes.push({ method, template, re, names, literal });
    }
    const schemas = nullableToJsonSchema(this.spec.components['schemas']);
    this.ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, logger: false });
    addFormats(this.ajv);
    // Every schema below refers to `gh#/components/schemas/…`, resolved against this one document.
    this.ajv.addSchema({ $id: 'gh', components: { schemas } });
  }

  /** The operation for a request, or undefined when GitHub's API has no such endpoint. */
  match(method: string, pathname: string): MatchedOperation | undefined {
    const m = method.toLowerCase();
    let best: (MatchedOperation & { literal: number }) | undefined;
    for (const r of this.routes) {
      if (r.method !== m) continue;
      const hit = r.re.exec(pathname);
      if (!hit || (best && best.literal >= r.literal)) continue;
      const params = Object.fromEntries(r.names.map((n, i) => [n, decodeURIComponent(hit[i + 1]!)]));
      best = { method: m, template: r.template, params, op: this.spec.paths[r.template]![m]!, literal: r.literal };
    }
    return best;
  }

  /** Problems with the request's path and query parameters and JSON body ([] when it conforms). */
  checkRequest(m: MatchedOperation, query: Record<string, string>, body: unknown): string[] {
    const params = (m.op.parameters ?? []).map((p) => this.deref<Parameter>(p));
    const problems: string[] = [];
    for (const where of ['path', 'query'] as const) {
      const ps = params.filter((p) => p.in === where);
      const schema = {
        type: 'object',
        properties: Object.fromEntries(ps.map((p) => [p.name, p.schema ?? {}])),
        required: ps.filter((p) => p.required).map((p) => p.name),
        additionalProperties: false,
      };
      const raw = where === 'path' ? m.params : query;
      const data = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, fromString(v, ps.find((p) => p.name === k)?.schema)]));
      problems.push(...this.run(`${m.method} ${m.template} ${where}`, schema, data).map((e) => `${where}: ${e}`));
    }
    const rb = m.op.requestBody ? this.deref<{ content?: Record<string, { schema?: Json }> }>(m.op.requestBody) : undefined;
    const bodySchema = rb?.content?.['application/json']?.schema;
    if (body !== undefined && !bodySchema) problems.push('body: this operation takes no JSON body');
    if (body !== undefined && bodySchema) problems.push(...this.run(`${m.method} ${m.template} body`, bodySchema, body).map((e) => `body: ${e}`));
    return problems;
  }

  /** Problems with a JSON response; statuses the operation does not document are checked as basic-error. */
  checkResponse(m: MatchedOperation, status: number, body: unknown): string[] {
    const declared = m.op.responses[String(status)];
    if (!declared) {
      if (status < 400) return [`status ${status} is not documented for ${m.method} ${m.template}`];
      return this.run('basic-error', { $ref: '#/components/schemas/basic-error' }, body);
    }
    const resp = this.deref<{ content?: Record<string, { schema?: Json }> }>(declared);
    const schema = resp.content?.['application/json']?.schema;
    if (!schema) return body === undefined ? [] : [`status ${status} of ${m.method} ${m.template} has no JSON body`];
    return this.run(`${m.method} ${m.template} ${status}`, schema, body);
  }

  private run(key: string, schema: Json, data: unknown): string[] {
    let validate = this.cache.get(key);
    if (!validate) {
      validate = this.ajv.compile(rebase(nullableToJsonSchema(schema)) as Json);
      this.cache.set(key, validate);
    }
    if (validate(data)) return [];
    return (validate.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
  }

  private deref<T>(v: T | { $ref: string }): T {
    if (v && typeof v === 'object' && '$ref' in v && typeof v.$ref === 'string') {
      const [, section, name] = /^#\/components\/(\w+)\/(.+)$/.exec(v.$ref) ?? [];
      return this.spec.components[section!]![name!] as T;
    }
    return v as T;
  }
}

/** Path and query values arrive as strings; read numbers and booleans the way GitHub does. */
function fromString(v: string, schema: Json | undefined): unknown {
  const type = schema?.['type'];
  if ((type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?$/.test(v)) return Number(v);
  if (type === 'boolean' && (v === 'true' || v === 'false')) return v === 'true';
  return v;
}

/**
 * OpenAPI 3.0 `nullable: true` next to `oneOf`/`allOf`/`$ref` (no `type`) is not JSON Schema, and ajv
 * refuses it; `anyOf: [schema, {type: null}]` says the same thing.
 */
function nullableToJsonSchema(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(nullableToJsonSchema);
  if (!v || typeof v !== 'object') return v;
  const out: Json = {};
  for (const [k, x] of Object.entries(v)) out[k] = k === 'example' || k === 'examples' ? undefined : nullableToJsonSchema(x);
  if (out['nullable'] === true && out['type'] === undefined) {
    const { nullable: _n, description: _d, ...rest } = out;
    return { anyOf: [rest, { type: 'null' }] };
  }
  return out;
}

/** Rewrites local `#/components/…` references to the shared `gh` document. */
function rebase(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(rebase);
  if (!v || typeof v !== 'object') return v;
  const out: Json = {};
  for (const [k, x] of Object.entries(v)) out[k] = k === '$ref' && typeof x === 'string' && x.startsWith('#/') ? `gh${x}` : rebase(x);
  return out;
}
