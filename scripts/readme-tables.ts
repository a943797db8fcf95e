/**
 * The README's generated tables: rules (from the detector metadata), the Action's inputs and outputs (from
 * src/github/inputs.ts) and the policy keys (from schemas/policy.schema.json). Each sits between
 * `<!-- NAME:start -->` and `<!-- NAME:end -->` markers; `node scripts/readme-rules.mjs` rewrites them and
 * test/build/readme.test.ts fails when they are stale, so the README cannot drift from the code
 * (DESIGN.md convention 6; compare DataDog/guarddog scripts/generate-rules-docs.py).
 *
 * Pure: values in, strings out. The script and the test do the reading and writing.
 */
import { EVAL_USAGE } from '../src/cli/eval.js';
import { INSPECT_USAGE } from '../src/cli/inspect.js';
import { allRules, RULES_USAGE } from '../src/cli/rules.js';
import { SCAN_USAGE } from '../src/cli/scan.js';
import type { RuleMeta } from '../src/detectors/types.js';
import { INPUTS, OUTPUTS } from '../src/github/inputs.js';

export const SECTIONS = ['inputs', 'outputs', 'policy', 'rules', 'cli'] as const;
export type SectionName = (typeof SECTIONS)[number];

/** A table cell: pipes and newlines would break the row. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ').trim();
}

function table(head: string[], rows: string[][]): string {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
}

export function rulesTable(rules: readonly RuleMeta[]): string {
  return table(
    ['Rule', 'Title', 'Most severe', 'Vectors'],
    rules.map((r) => [`[\`${r.id}\`](docs/rules/${r.id}.md)`, r.title, r.severity, r.vectors.join(', ')]),
  );
}

interface InputRow {
  name: string;
  default: string;
  description: string;
}

export function inputsTable(inputs: readonly InputRow[]): string {
  return table(
    ['Input', 'Default', 'Description'],
    // An empty default means "decided elsewhere" (the policy file or the event); the description says where.
    inputs.map((i) => [`\`${i.name}\``, i.name === 'token' ? '`${{ github.token }}`' : i.default ? `\`${i.default}\`` : '—', i.description]),
  );
}

export function outputsTable(outputs: readonly { name: string; description: string }[]): string {
  return table(
    ['Output', 'Description'],
    outputs.map((o) => [`\`${o.name}\``, o.description]),
  );
}

/** The commands' own usage texts (what `customs help` prints), so flags in the README cannot drift. */
export function cliUsage(usages: readonly string[]): string {
  return ['```', ...usages.map((u) => u.trimEnd()).join('\n\n').split('\n'), '```'].join('\n');
}

/** The subset of JSON Schema the policy schema uses (draft-07). */
interface SchemaNode {
  description?: string;
  type?: string;
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  $ref?: string;
  properties?: Record<string, SchemaNode>;
  additionalProperties?: SchemaNode | boolean;
  items?: SchemaNode;
  definitions?: Record<string, SchemaNode>;
}

function resolve(node: SchemaNode, root: SchemaNode): SchemaNode {
  const ref = /^#\/definitions\/(.+)$/.exec(node.$ref ?? '');
  return ref ? { ...root.definitions?.[ref[1]!], ...node, $ref: undefined } : node;
}

function typeOf(node: SchemaNode, root: SchemaNode): string {
  const n = resolve(node, root);
  if (n.const !== undefined) return `\`${JSON.stringify(n.const)}\``;
  if (n.enum) return n.enum.map((v) => `\`${String(v)}\``).join(', ');
  if (n.type === 'array' && n.items) {
    const item = resolve(n.items, root);
    return item.enum ? `list of ${typeOf(item, root)}` : `list of ${item.type ?? 'entries'}`;
  }
  return n.type ?? 'string';
}

function defaultOf(node: SchemaNode): string {
  if (node.default === undefined) return '—';
  if (typeof node.default === 'object' && node.default !== null && Object.keys(node.default).length === 0) return '—';
  return `\`${Array.isArray(node.default) ? node.default.join(', ') : String(node.default)}\``;
}

/** Every key of the policy file, nested keys written with dots (`registries.pypi.index-url`). */
export function policyTable(schema: SchemaNode): string {
  const rows: string[][] = [];
  const walk = (props: Record<string, SchemaNode>, prefix: string): void => {
    for (const [key, raw] of Object.entries(props)) {
      const node = resolve(raw, schema);
      const path = `${prefix}${key}`;
      if (node.type === 'object' && node.properties && Object.keys(node.properties).length > 0) {
        if (node.description) rows.push([`\`${path}\``, 'mapping', '—', node.description]);
        walk(node.properties, `${path}.`);
        continue;
      }
      const entries = node.type === 'array' && node.items?.properties ? Object.keys(node.items.properties).map((k) => `\`${k}\``).join(', ') : '';
      const type = entries ? `list of {${entries}}` : node.type === 'object' ? 'mapping' : typeOf(node, schema);
      rows.push([`\`${path}\``, type, defaultOf(node), node.description ?? '']);
    }
  };
  walk(schema.properties ?? {}, '');
  return table(['Key', 'Type', 'Default', 'Meaning'], rows);
}

/** What each marked section must contain, from the code as it is now. */
export function generatedSections(policySchema: SchemaNode): Record<SectionName, string> {
  return {
    inputs: inputsTable(INPUTS),
    outputs: outputsTable(OUTPUTS),
    policy: policyTable(policySchema),
    rules: rulesTable(allRules()),
    cli: cliUsage([SCAN_USAGE, INSPECT_USAGE, RULES_USAGE, EVAL_USAGE]),
  };
}

const markers = (name: string): [string, string] => [`<!-- ${name}:start -->`, `<!-- ${name}:end -->`];

/** The text between a section's markers (trimmed), or undefined when the markers are missing or out of order. */
export function readSection(readme: string, name: string): string | undefined {
  const [start, end] = markers(name);
  const a = readme.indexOf(start);
  const b = readme.indexOf(end);
  if (a < 0 || b < a) return undefined;
  return readme.slice(a + start.length, b).trim();
}

/** The README with one section's body replaced; throws when the markers are missing. */
export function writeSection(readme: string, name: string, body: string): string {
  const [start, end] = markers(name);
  const a = readme.indexOf(start);
  const b = readme.indexOf(end);
  if (a < 0 || b < a) throw new Error(`README.md: markers ${start} … ${end} missing or out of order`);
  return `${readme.slice(0, a + start.length)}\n${body}\n${readme.slice(b)}`;
}

/** Names of sections whose README text differs from what the code generates. */
export function staleSections(readme: string, policySchema: SchemaNode): SectionName[] {
  const want = generatedSections(policySchema);
  return SECTIONS.filter((s) => readSection(readme, s) !== want[s].trim());
}

export function updateReadme(readme: string, policySchema: SchemaNode): string {
  const want = generatedSections(policySchema);
  return SECTIONS.reduce((text, s) => writeSection(text, s, want[s]), readme);
}
