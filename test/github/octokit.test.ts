import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { ApiRepoFiles } from '../../src/github/files.js';
import { CustomsError } from '../../src/runtime/errors.js';
import { RecordingLogger } from '../../src/runtime/logger.js';
import { GitHubStandIn } from '../support/github-server.js';
import { testClient } from './client.js';
import { createClient } from '../../src/github/octokit.js';

let gh: GitHubStandIn;
beforeAll(async () => {
  gh = await GitHubStandIn.start({
    owner: 'acme', repo: 'app',
    commits: { h1: { 'package.json': '{}' } },
    pulls: { 1: { files: [{ filename: 'package.json', status: 'added', patch: '@@ -0,0 +1 @@\n+{}' }] } },
    compares: { 'b1...h1': [{ filename: 'package.json', status: 'added' }] },
  });
}, 60_000);
afterAll(() => gh.close());
afterEach(() => expect(gh.takeViolations()).toEqual([]));

const files = (log: RecordingLogger, pullNumber?: number) =>
  new ApiRepoFiles(testClient(gh.url, log), { owner: 'acme', repo: 'app', base: 'b1', head: 'h1', pullNumber, log });

describe('retry and throttling', () => {
  test('a secondary rate limit is waited out (retry-after) and retried', async () => {
    gh.fault({ match: 'GET /repos/acme/app/compare/', status: 403, secondaryRetryAfter: 2 });
    const log = new RecordingLogger();
    const started = Date.now();
    expect((await files(log).changed()).map((f) => f.path)).toEqual(['package.json']);
    expect(gh.requests.map((r) => r.status)).toEqual([403, 200]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(10); // 2 "seconds" at the test's 5 ms unit
    expect(log.records.find((r) => r.level === 'warning')?.message).toMatch(/secondary rate limit on GET .*retrying in 2s/);
  });

  test('a 500 is retried once and succeeds', async () => {
    gh.fault({ match: 'GET /repos/acme/app/pulls/1/files', status: 500 });
    expect((await files(new RecordingLogger(), 1).changed()).map((f) => f.path)).toEqual(['package.json']);
    expect(gh.requests.map((r) => r.status)).toEqual([500, 200]);
  });

  test('retries are bounded: a persistent secondary limit ends in an external error', async () => {
    gh.fault({ match: 'GET /repos/acme/app/compare/', status: 403, secondaryRetryAfter: 1, times: 10 });
    const log = new RecordingLogger();
    const err = await files(log).changed().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CustomsError);
    expect((err as CustomsError).kind).toBe('external');
    expect((err as Error).message).toMatch(/comparing b1\.\.\.h1 \(HTTP 403\)/);
    expect(gh.requests).toHaveLength(3);
    expect(log.records.some((r) => /giving up/.test(r.message))).toBe(true);
  });

  test('a persistent 503 gives up after the bounded retries', async () => {
    gh.fault({ match: 'GET /repos/acme/app/contents/', status: 503, times: 10 });
    const err = await files(new RecordingLogger()).read('h1', 'package.json').catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/reading package.json at h1 \(HTTP 503\)/);
    expect(gh.requests).toHaveLength(3);
  });

  test('a retry-after longer than the budget is not waited for', async () => {
    gh.fault({ match: 'GET /repos/acme/app/git/trees/', status: 403, secondaryRetryAfter: 3600 });
    const log = new RecordingLogger();
    const err = await files(log).list('h1').catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/HTTP 403/);
    expect(gh.requests).toHaveLength(1);
  });

  test('GitHub Enterprise Server: the API base URL keeps its path prefix', async () => {
    const ghes = await GitHubStandIn.start({ owner: 'acme', repo: 'app', commits: { h1: { 'a.txt': 'A' } } }, { prefix: '/api/v3' });
    try {
      const log = new RecordingLogger();
      const client = createClient({ token: 't', baseUrl: `${ghes.url}/api/v3/`, log, retryUnitMs: 5 });
      const f = new ApiRepoFiles(client, { owner: 'acme', repo: 'app', base: 'b', head: 'h1', log });
      expect(await f.read('h1', 'a.txt')).toBe('A');
      expect(ghes.requests.map((r) => r.path)).toEqual(['/api/v3/repos/acme/app/contents/a.txt']);
      expect(ghes.violations).toEqual([]);
    } finally {
      await ghes.close();
    }
  });
});
