/**
 * The README is the entry point: its generated tables must equal what the code generates today, its examples
 * must be valid (the policy example passes the schema, the workflows use real inputs and outputs), its links
 * and screenshots must exist, and it must name every flag and environment variable the CLI reads.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { markdownToHtml, inline } from '../../scripts/markdown-html.js';
import { generatedSections, readSection, SECTIONS, staleSections, updateReadme, writeSection } from '../../scripts/readme-tables.js';
import { screenshotMarkdown, sampleReport } from '../../scripts/screenshot-report.js';
import { allRules } from '../../src/cli/rules.js';
import { INPUTS, OUTPUTS } from '../../src/github/inputs.js';
import { parsePolicy } from '../../src/policy/load.js';

const ROOT = join(import.meta.dirname, '..', '..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const SCHEMA = JSON.parse(readFileSync(join(ROOT, 'schemas', 'policy.schema.json'), 'utf8')) as Parameters<typeof staleSections>[1];

/** Fenced blocks of one language, with the heading they sit under. */
function fenced(md: string, lang: string): { heading: string; body: string }[] {
  const out: { heading: string; body: string }[] = [];
  let heading = '';
  const lines = md.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const h = /^#{1,6} (.*)/.exec(lines[i]!);
    if (h) heading = h[1]!;
    if (lines[i] === '```' + lang) {
      const body: string[] = [];
      while (++i < lines.length && lines[i] !== '```') body.push(lines[i]!);
      out.push({ heading, body: body.join('\n') });
    }
  }
  return out;
}

describe('README generated sections', () => {
  it('equal what the code generates (run node scripts/readme-rules.mjs)', () => {
    expect(staleSections(README, SCHEMA)).toEqual([]);
    const want = generatedSections(SCHEMA);
    for (const s of SECTIONS) expect(readSection(README, s), `section ${s}`).toBe(want[s].trim());
  });

  it('the rules table has one row per rule, with its title, severity and vectors, linking to an existing page', () => {
    const table = readSection(README, 'rules')!;
    const rules = allRules();
    expect(table.split('\n').filter((l) => l.startsWith('| [')).length).toBe(rules.length);
    for (const r of rules) {
      expect(table).toContain(`| [\`${r.id}\`](docs/rules/${r.id}.md) | ${r.title.replace(/\|/g, '\\|')} | ${r.severity} | ${r.vectors.join(', ')} |`);
      expect(existsSync(join(ROOT, 'docs', 'rules', `${r.id}.md`)), `docs/rules/${r.id}.md (run npm run docs)`).toBe(true);
    }
  });

  it('the inputs and outputs tables name every input and output, in order', () => {
    const names = (section: string): string[] => [...readSection(README, section)!.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]!);
    expect(names('inputs')).toEqual(INPUTS.map((i) => i.name));
    expect(names('outputs')).toEqual(OUTPUTS.map((o) => o.name));
  });

  it('the policy table lists every top-level key of the schema with its default', () => {
    const table = readSection(README, 'policy')!;
    for (const key of Object.keys(SCHEMA.properties ?? {})) expect(table).toMatch(new RegExp(`^\\| \`${key}\` \\|`, 'm'));
    expect(table).toMatch(/^\| `fail-on` \| .* \| `high` \|/m);
    expect(table).toMatch(/^\| `chain-depth` \| integer \| `3` \|/m);
  });

  it('a stale or edited table is detected, and updating restores it', () => {
    const edited = README.replace('| [`code/command-execution`](docs/rules/code/command-execution.md) | Shell command run by package code | critical |', '| [`code/command-execution`](docs/rules/code/command-execution.md) | Shell command run by package code | low |');
    expect(edited).not.toBe(README);
    expect(staleSections(edited, SCHEMA)).toEqual(['rules']);
    const noInputs = README.replace('<!-- inputs:end -->', '');
    expect(staleSections(noInputs, SCHEMA)).toContain('inputs');
    expect(() => updateReadme(noInputs, SCHEMA)).toThrow(/README\.md: markers <!-- inputs:start --> … <!-- inputs:end --> missing/);
    expect(updateReadme(edited, SCHEMA)).toBe(README);
    expect(writeSection('a <!-- x:start -->old<!-- x:end --> b', 'x', 'new')).toBe('a <!-- x:start -->\nnew\n<!-- x:end --> b');
  });

  it('the script reports stale sections with exit code 1', () => {
    const run = (args: string[]): { code: number; out: string } => {
      try {
        return { code: 0, out: execFileSync(process.execPath, [join(ROOT, 'scripts', 'readme-rules.mjs'), ...args], { cwd: ROOT, stdio: 'pipe' }).toString() };
      } catch (e) {
        const err = e as { status: number; stderr: Buffer };
        return { code: err.status, out: err.stderr.toString() };
      }
    };
    expect(run(['--check'])).toEqual({ code: 0, out: 'README.md: generated sections up to date\n' });
    const bad = run(['--check', join(ROOT, 'SECURITY.md')]);
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/SECURITY\.md: generated sections out of date: inputs, outputs, policy, rules, cli/);
  }, 60_000);
});

describe('README content', () => {
  it('gives the fresh-clone commands', () => {
    expect(README).toContain('node dist/cli.js scan --base origin/main');
    expect(README).toMatch(/node dist\/cli\.js inspect path\/to\/artifact\.tgz/);
    expect(README).toContain('npm ci && npm test');
  });

  it('the policy example passes the schema and uses allow, deny, internal and registries', () => {
    const examples = fenced(README, 'yaml').filter((b) => b.heading === 'Policy file');
    expect(examples).toHaveLength(1);
    const policy = parsePolicy(examples[0]!.body, 'README.md');
    expect(policy.allow.length).toBeGreaterThanOrEqual(2);
    expect(policy.allow.every((a) => a.reason.length > 0)).toBe(true);
    expect(policy.allow.some((a) => a.expires)).toBe(true);
    expect(policy.deny).toHaveLength(1);
    expect(policy.internal.length).toBeGreaterThan(0);
  });

  it('every workflow passes only real inputs to Customs and reads only real outputs', () => {
    const inputs = new Set<string>(INPUTS.map((i) => i.name));
    const outputs = new Set<string>(OUTPUTS.map((o) => o.name));
    const workflows = fenced(README, 'yaml').filter((b) => /^on:/m.test(b.body)).map((b) => parseYaml(b.body) as { on: unknown; permissions?: Record<string, string>; jobs: Record<string, { steps: { uses?: string; with?: Record<string, unknown> }[] }> });
    expect(workflows.length).toBeGreaterThanOrEqual(4);
    let customsSteps = 0;
    for (const wf of workflows) {
      for (const job of Object.values(wf.jobs)) {
        for (const step of job.steps) {
          if (!step.uses?.startsWith('customs-scanner/customs@')) continue;
          customsSteps++;
          for (const key of Object.keys(step.with ?? {})) expect(inputs, `input ${key}`).toContain(key);
        }
      }
    }
    expect(customsSteps).toBeGreaterThanOrEqual(3);
    for (const m of README.matchAll(/steps\.customs\.outputs\.([a-z-]+)/g)) expect(outputs).toContain(m[1]);
    const triggers = workflows.map((w) => Object.keys(typeof w.on === 'string' ? { [w.on]: 1 } : (w.on as object)));
    expect(triggers.flat()).toEqual(expect.arrayContaining(['pull_request', 'pull_request_target', 'workflow_run']));
    expect(workflows[0]!.permissions).toEqual({ contents: 'read', 'pull-requests': 'write', 'security-events': 'write' });
    expect(README).toContain('github/codeql-action/upload-sarif');
    expect(README).toContain('GITHUB_API_URL');
  });

  it('names every environment variable the CLI and the Action read', () => {
    const sources = ['src/main.ts', ...readdirSync(join(ROOT, 'src', 'cli')).map((f) => `src/cli/${f}`)];
    const vars = new Set(sources.flatMap((f) => [...readFileSync(join(ROOT, f), 'utf8').matchAll(/\bCUSTOMS_[A-Z_]+\b/g)].map((m) => m[0])));
    expect(vars.size).toBeGreaterThanOrEqual(4);
    for (const v of vars) expect(README, v).toContain(`\`${v}\``);
  });

  it('cites the field figures and links SECURITY.md', () => {
    expect(README).toContain('68.6%');
    expect(README).toContain('19%');
    expect(README).toContain('](SECURITY.md)');
  });

  it('every relative link points at a file that exists', () => {
    const links = [...README.matchAll(/\]\(((?!https?:|#)[^)\s]+)\)/g)].map((m) => m[1]!.split('#')[0]!);
    expect(links.length).toBeGreaterThan(30);
    for (const l of new Set(links)) expect(existsSync(join(ROOT, l)), l).toBe(true);
  });

  it('the screenshots it shows are PNG files of a sensible size', () => {
    const images = [...README.matchAll(/!\[[^\]]+\]\(([^)]+\.png)\)/g)].map((m) => m[1]!);
    expect(images).toEqual(['docs/images/summary.png', 'docs/images/review-comment.png']);
    for (const img of images) {
      const png = readFileSync(join(ROOT, img));
      expect(png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), img).toBe(true);
      const width = png.readUInt32BE(16);
      const height = png.readUInt32BE(20);
      expect(width).toBeGreaterThanOrEqual(600);
      expect(height).toBeGreaterThanOrEqual(300);
      expect(png.length).toBeLessThan(1024 * 1024);
    }
  });
});

describe('screenshot sources (scripts/screenshot-report.ts, scripts/markdown-html.ts)', () => {
  it('the sample report has a failing sdist with cmdclass, a failing npm postinstall, a typosquat warning and a pass', () => {
    const r = sampleReport();
    const by = (name: string) => r.packages.find((p) => p.ref.name === name)!;
    expect(by('requests-toolbelt-ng').findings.map((f) => f.ruleId)).toContain('py/cmdclass-override');
    expect(by('eslint-config-acme-base').findings.map((f) => f.ruleId)).toContain('js/install-script');
    expect(by('python-dateutils')).toMatchObject({ decision: 'warn', findings: [{ ruleId: 'pkg/typosquat' }] });
    expect(by('semver')).toMatchObject({ decision: 'pass', change: { change: 'updated', previous: '7.6.2' } });
    const ids = new Set(allRules().map((x) => x.id));
    for (const f of r.packages.flatMap((p) => p.findings)) expect(ids).toContain(f.ruleId);
  });

  it('renders the summary and the review comment with the real renderers', () => {
    const md = screenshotMarkdown();
    expect(md.summary).toMatch(/^<!-- customs:summary -->/);
    expect(md.summary).toContain('`python-dateutils`');
    expect(md).toMatchObject({ reviewPath: 'requirements.txt', reviewLine: 7 });
    expect(md.review).toMatch(/^<!-- customs:finding [0-9a-f]{16} -->/);
  });

  it('converts the markdown subset the reports use', () => {
    expect(inline('**❌ fail: `a|b` `c`** \\(x\\) [r](https://x.example/a) &#8203; <sub>s</sub> <script>')).toBe(
      '<strong>❌ fail: <code>a|b</code> <code>c</code></strong> (x) <a href="https://x.example/a">r</a> &#8203; <sub>s</sub> &lt;script&gt;',
    );
    const html = markdownToHtml(['<!-- hidden -->', '## T', '', '| A | B |', '|---|---|', '| `x` | y \\| z |', '', '- one', '  two', '', '  ```', '  <code>', '  ```', '- three', '', '<details><summary>S</summary>', '', 'text'].join('\n'));
    expect(html).not.toContain('hidden');
    expect(html).toContain('<h2>T</h2>');
    expect(html).toContain('<tr><td><code>x</code></td><td>y | z</td></tr>');
    expect(html).toContain('<li>one<br>\ntwo\n<pre><code>&lt;code&gt;</code></pre></li>\n<li>three</li>');
    expect(html).toContain('<details><summary>S</summary>\n<p>text</p>');
  });
});
