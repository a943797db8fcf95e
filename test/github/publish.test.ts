import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { RepoFiles } from '../../src/github/files.js';
import { runAction, type ActionDeps } from '../../src/github/run.js';
import { SUMMARY_MARKER } from '../../src/github/rendered.js';
import { RecordingLogger } from '../../src/runtime/logger.js';
import { GitHubStandIn } from '../support/github-server.js';
import { RunnerEnv, comment, rendering, sampleReport } from './action-env.js';
import { unpaced } from './client.js';

const PR = { name: 'pull_request', payload: { number: 5, pull_request: { number: 5, base: { sha: 'b1' }, head: { sha: 'h1' } } } };
const PATCH = '@@ -1,1 +1,3 @@\n requests==2.1\n+evil==1.0\n+other==2.0';

let gh: GitHubStandIn;
let env: RunnerEnv | undefined;
beforeAll(async () => {
  gh = await GitHubStandIn.start({
    owner: 'acme', repo: 'app',
    commits: { b1: { 'requirements.txt': 'requests==2.1\n' }, h1: { 'requirements.txt': 'requests==2.1\nevil==1.0\nother==2.0\n' } },
    pulls: { 5: { files: [{ filename: 'requirements.txt', status: 'modified', patch: PATCH }] } },
  });
}, 60_000);
afterAll(() => gh.close());
afterEach(() => {
  env?.restore();
  env = undefined;
  const violations = gh.takeViolations();
  gh.reviews.length = 0;
  gh.reviewComments.length = 0;
  gh.issueComments.length = 0;
  gh.rejectLines.clear();
  gh.readOnly = false;
  expect(violations).toEqual([]);
});

function deps(log: RecordingLogger, review = [comment('requirements.txt', 2, 'fp-a'), comment('requirements.txt', 9, 'fp-b')], decision: 'pass' | 'fail' = 'fail', local?: RepoFiles): ActionDeps {
  return {
    log,
    client: { retryUnitMs: 5, pacing: unpaced() },
    scan: async (_inputs, files, target) => {
      // The scan reads through the RepoFiles it is given, like the pipeline does.
      expect(await files.read(target.head, 'requirements.txt')).toContain('evil==1.0');
      return sampleReport(decision);
    },
    render: rendering(review),
    ...(local ? { localFiles: () => local } : {}),
  };
}

const writes = () => gh.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`);

describe('publishing to the pull request', () => {
  test('first run: one review with the in-diff comment, a summary comment, outputs, reports and failed status', async () => {
    env = new RunnerEnv(PR, { token: 'ghs_secret_1' }, gh.url);
    const log = new RecordingLogger();
    const res = await runAction(deps(log));
    expect(writes()).toEqual(['POST /repos/acme/app/pulls/5/reviews', 'POST /repos/acme/app/issues/5/comments']);
    expect(gh.reviews).toHaveLength(1);
    expect(gh.reviews[0]).toMatchObject({ event: 'COMMENT', commit_id: 'h1' });
    expect(gh.reviewComments.map((c) => [c.path, c.line])).toEqual([['requirements.txt', 2]]);
    expect(gh.issueComments).toHaveLength(1);
    const summary = gh.issueComments[0]!.body;
    expect(summary.startsWith(SUMMARY_MARKER)).toBe(true);
    expect(summary).toMatch(/outside the diff[\s\S]*`requirements.txt` line 9/);
    expect(res.published).toMatchObject({ reviewComments: 1, movedToSummary: 1, skippedExisting: 0, summaryComment: { action: 'created' } });
    expect(env.outputs()).toMatchObject({ decision: 'fail', findings: '2' });
    expect(env.outputs()['sarif-file']).toMatch(/customs\.sarif$/);
    expect(JSON.parse(env.file('customs.sarif'))).toEqual({ version: '2.1.0', runs: [] });
    expect(JSON.parse(env.file('report.json'))).toEqual({ decision: 'fail' });
    expect(env.summary()).toContain('# Customs');
    expect(process.exitCode).toBe(1);
    expect(env.stdout).toContain('::error::Customs: dependency changes failed the policy');
    expect(env.stdout).toContain('::add-mask::ghs_secret_1'); // the runner hides it from every later line
    expect(env.stdout.replace('::add-mask::ghs_secret_1', '')).not.toContain('ghs_secret_1');
    expect(gh.requests.every((r) => r.authorization === 'token ghs_secret_1')).toBe(true);
  });

  test('re-run: no repeated review comments, the summary is edited in place; a new finding is added alone', async () => {
    env = new RunnerEnv(PR, { token: 'ghs_x' }, gh.url);
    await runAction(deps(new RecordingLogger()));
    gh.requests.length = 0;
    const second = await runAction(deps(new RecordingLogger()));
    expect(writes()).toEqual([]); // nothing new, summary unchanged: not even a PATCH
    expect(second.published).toMatchObject({ reviewComments: 0, skippedExisting: 1, summaryComment: { action: 'updated' } });
    gh.requests.length = 0;
    const third = await runAction({ ...deps(new RecordingLogger(), [comment('requirements.txt', 2, 'fp-a'), comment('requirements.txt', 3, 'fp-c')]), render: rendering([comment('requirements.txt', 2, 'fp-a'), comment('requirements.txt', 3, 'fp-c')], 'Now two.') });
    expect(writes()).toEqual(['POST /repos/acme/app/pulls/5/reviews', `PATCH /repos/acme/app/issues/comments/${gh.issueComments[0]!.id}`]);
    expect(third.published).toMatchObject({ reviewComments: 1, skippedExisting: 1 });
    expect(gh.reviewComments.map((c) => c.line)).toEqual([2, 3]);
    expect(gh.issueComments).toHaveLength(1);
    expect(gh.issueComments[0]!.body).toContain('Now two.');
  });

  test('the sticky comment is found on a later page of issue comments', async () => {
    for (let i = 0; i < 130; i++) gh.issueComments.push({ id: i + 1, issue: 5, body: `chatter ${i}` });
    gh.issueComments.push({ id: 999, issue: 5, body: `${SUMMARY_MARKER}\nold` });
    env = new RunnerEnv(PR, { token: 'ghs_x', comment: 'summary' }, gh.url);
    const res = await runAction(deps(new RecordingLogger()));
    expect(res.published?.summaryComment).toEqual({ id: 999, action: 'updated' });
    expect(writes()).toEqual(['PATCH /repos/acme/app/issues/comments/999']);
    expect(gh.requests.filter((r) => r.path === '/repos/acme/app/issues/5/comments').length).toBe(2);
    expect(gh.reviews).toHaveLength(0); // summary mode: no review
  });

  test('422 on a comment line moves that comment into the summary; the others are still posted', async () => {
    gh.rejectLines.add('requirements.txt:2');
    env = new RunnerEnv(PR, { token: 'ghs_x' }, gh.url);
    const log = new RecordingLogger();
    const review = [comment('requirements.txt', 2, 'fp-a'), comment('requirements.txt', 3, 'fp-c'), comment('requirements.txt', 9, 'fp-b')];
    const res = await runAction(deps(log, review, 'pass'));
    expect(gh.reviewComments.map((c) => c.line)).toEqual([3]);
    expect(res.published).toMatchObject({ reviewComments: 1, movedToSummary: 2 });
    const summary = gh.issueComments[0]!.body;
    expect(summary).toContain('`requirements.txt` line 9');
    expect(summary).toContain('`requirements.txt` line 2');
    expect(summary).not.toContain('line 3');
    expect(log.records.some((r) => r.level === 'warning' && /requirements.txt line 2 \(HTTP 422/.test(r.message))).toBe(true);
    expect(process.exitCode).not.toBe(1);
    expect(env.outputs()['decision']).toBe('pass');
  });

  test('403 on writes (fork PR): guidance is logged, outputs and failed status still set', async () => {
    gh.readOnly = true;
    env = new RunnerEnv({ ...PR }, { token: 'ghs_readonly' }, gh.url);
    const log = new RecordingLogger();
    const res = await runAction(deps(log));
    expect(res.published?.wrote).toBe(false);
    const warning = log.records.find((r) => r.level === 'warning')?.message ?? '';
    expect(warning).toMatch(/HTTP 403/);
    expect(warning).toMatch(/pull_request_target/);
    expect(warning).toMatch(/workflow_run/);
    expect(env.outputs()).toMatchObject({ decision: 'fail', findings: '2' });
    expect(process.exitCode).toBe(1);
    expect(env.stdout).toContain('failed the policy');
  });

  test('no token: not a single request, files from the checkout, outputs and exit status still written', async () => {
    const local: RepoFiles = { list: async () => ['requirements.txt'], read: async () => 'evil==1.0\n', changed: async () => [] };
    env = new RunnerEnv(PR, { token: '' }, gh.url);
    const res = await runAction(deps(new RecordingLogger(), undefined, 'fail', local));
    expect(gh.requests).toEqual([]);
    expect(res.apiUsed).toBe(false);
    expect(env.outputs()).toMatchObject({ decision: 'fail', findings: '2' });
    expect(env.summary()).toContain('# Customs');
    expect(process.exitCode).toBe(1);
  });

  test('comment: none with a token and a checkout makes no request either', async () => {
    const local: RepoFiles = { list: async () => [], read: async () => 'evil==1.0\n', changed: async () => [] };
    env = new RunnerEnv(PR, { token: 'ghs_x', comment: 'none' }, gh.url);
    await runAction(deps(new RecordingLogger(), undefined, 'pass', local));
    expect(gh.requests).toEqual([]);
    expect(env.outputs()['decision']).toBe('pass');
  });

  test('a bad input fails the step with a configuration error and makes no request', async () => {
    env = new RunnerEnv(PR, { token: 'ghs_x', 'fail-on': 'sometimes' }, gh.url);
    await runAction(deps(new RecordingLogger()));
    expect(gh.requests).toEqual([]);
    expect(process.exitCode).toBe(1);
    expect(env.stdout).toContain("::error::Configuration error: Input 'fail-on' is 'sometimes'");
  });

  test('a push that creates the default branch is skipped with outputs', async () => {
    env = new RunnerEnv({ name: 'push', payload: { before: '0'.repeat(40), after: 'h1', ref: 'refs/heads/main', repository: { default_branch: 'main' } } }, { token: 'ghs_x' }, gh.url);
    const res = await runAction(deps(new RecordingLogger()));
    expect(res.target?.skip).toMatch(/first push/);
    expect(gh.requests).toEqual([]);
    expect(env.outputs()).toMatchObject({ decision: 'pass', findings: '0' });
  });

  test('merge_group: scanned through compare, nothing posted', async () => {
    env = new RunnerEnv({ name: 'merge_group', payload: { merge_group: { base_sha: 'b1', head_sha: 'h1' } } }, { token: 'ghs_x' }, gh.url);
    const log = new RecordingLogger();
    const res = await runAction(deps(log, undefined, 'pass'));
    expect(res.published).toBeUndefined();
    expect(writes()).toEqual([]);
    expect(log.records.some((r) => /no pull request to comment on/.test(r.message))).toBe(true);
  });
});
