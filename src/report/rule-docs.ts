import type { RuleMeta } from '../detectors/types.js';

/** One markdown page per rule, derived from its metadata only (docs/rules/<id>.md). */
export function renderRulePage(r: RuleMeta): string {
  return [
    `# ${r.id}: ${r.title}`,
    '',
    '<!-- Generated from the rule metadata by `customs rules --write-docs docs/rules`. Do not edit. -->',
    '',
    `| | |`,
    `|---|---|`,
    `| Most severe result | ${r.severity} |`,
    `| Vectors | ${r.vectors.join(', ')} |`,
    `| Behaviours | ${r.behaviors.join(', ') || '—'} |`,
    `| Techniques | ${r.techniques.join(', ') || '—'} |`,
    '',
    r.summary,
    '',
    '## How it decides',
    '',
    r.docs,
    '',
    '## Policy',
    '',
    'Change its severity or switch it off in `.github/customs.yml`:',
    '',
    '```yaml',
    'rules:',
    `  ${r.id}: low   # or off`,
    '```',
    '',
  ].join('\n');
}

export function renderRuleIndex(rules: readonly RuleMeta[]): string {
  const rows = rules.map((r) => `| [${r.id}](${r.id}.md) | ${r.title} | ${r.severity} | ${r.vectors.join(', ')} |`);
  return [
    '# Rules',
    '',
    '<!-- Generated from the rule metadata by `customs rules --write-docs docs/rules`. Do not edit. -->',
    '',
    '| Rule | Title | Most severe | Vectors |',
    '|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}

/** Every generated file: relative path → content. */
export function ruleDocFiles(rules: readonly RuleMeta[]): Map<string, string> {
  const files = new Map<string, string>([['README.md', renderRuleIndex(rules)]]);
  for (const r of rules) files.set(`${r.id}.md`, renderRulePage(r));
  return files;
}

/** Where the rule pages are published (the SARIF helpUri and report links point here). */
export const RULE_DOCS_BASE = 'https://github.com/customs-scanner/customs/blob/main/docs/rules';

export function ruleDocsUrl(ruleId: string, base: string = RULE_DOCS_BASE): string {
  return `${base}/${ruleId}.md`;
}
