import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { analysisErrorMeta } from '../detectors/engine/run.js';
import { DETECTORS } from '../detectors/registry.js';
import type { RuleMeta } from '../detectors/types.js';
import { ruleDocFiles } from '../report/rule-docs.js';

export function allRules(): RuleMeta[] {
  return [...DETECTORS.map((d) => d.meta), analysisErrorMeta];
}

export const RULES_USAGE = `customs rules [--format text|json] [--write-docs DIR] [--check-docs DIR]
  Lists every rule with its documentation; writes or checks the generated docs/rules pages.`;

export function rulesCommand(argv: string[], out: (s: string) => void): number {
  const { values } = parseArgs({
    args: argv,
    options: { format: { type: 'string' }, 'write-docs': { type: 'string' }, 'check-docs': { type: 'string' } },
  });
  const rules = allRules();
  if (values['write-docs']) {
    for (const [rel, content] of ruleDocFiles(rules)) {
      const path = join(values['write-docs'], rel);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
    }
    out(`wrote ${rules.length} rule pages to ${values['write-docs']}\n`);
    return 0;
  }
  if (values['check-docs']) {
    const stale: string[] = [];
    for (const [rel, content] of ruleDocFiles(rules)) {
      let current = '';
      try {
        current = readFileSync(join(values['check-docs'], rel), 'utf8');
      } catch {
        // missing counts as stale
      }
      if (current !== content) stale.push(rel);
    }
    if (stale.length > 0) {
      out(`stale rule docs (run npm run docs): ${stale.join(', ')}\n`);
      return 1;
    }
    out(`rule docs are up to date (${rules.length} rules)\n`);
    return 0;
  }
  if (values.format === 'json') {
    out(JSON.stringify(rules, null, 2) + '\n');
    return 0;
  }
  for (const r of rules) out(`${r.id.padEnd(28)} ${r.severity.padEnd(9)} ${r.vectors.join(',').padEnd(24)} ${r.title}\n    ${r.summary}\n`);
  return 0;
}
