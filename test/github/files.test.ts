import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { ApiRepoFiles } from '../../src/github/files.js';
import { CustomsError } from '../../src/runtime/errors.js';
import { RecordingLogger } from '../../src/runtime/logger.js';
import { GitHubStandIn, type FakeDiffFile } from '../support/github-server.js';
import { testClient } from './client.js';

const BIG = 'x'.repeat(1024 * 1024 + 10) + '\nend\n';
const manyFiles: FakeDiffFile[] = Array.from({ length: 7 }, (_, i) => ({ filename: `pkg${i}/package.json`, status: 'modified', patch: '@@ -1 +1 @@\n-a\n+b' }));

let gh: GitHubStandIn;
beforeAll(async () => {
  gh = await GitHubStandIn.start({
    owner: 'acme',
    repo: 'app',
    commits: {
      base1: { 'requirements.txt': 'requests==2.0\n', 'src/app.py': 'print(1)\n' },
      head1: { 'requirements.txt': 'requests==2.1\nevil==1.0\n', 'web/package.json': '{"name":"w"}', 'big/package-lock.json': BIG, 'ünï code.txt': 'héllo' },
    },
    pulls: { 5: { files: [{ filename: 'requirements.txt', status: 'modified', patch: '@@ -1 +1,2 @@\n-requests==2.0\n+requests==2.1\n+evil==1.0' }, ...manyFiles] } },
    compares: { 'base1...head1': [{ filename: 'web/package.json', status: 'added', patch: '@@ -0,0 +1 @@\n+{"name":"w"}' }, { filename: 'old.txt', status: 'renamed', previous_filename: 'older.txt' }, ...manyFiles] },
  });
}, 60_000);
afterAll(() => gh.close());
afterEach(() => expect(gh.takeViolations()).toEqual([]));

const files = (pullNumber?: number, log = new RecordingLogger()) =>
  new ApiRepoFiles(testClient(gh.url, log), { owner: 'acme', repo: 'app', base: 'base1', head: 'head1', pullNumber, log, perPage: 3 });

describe('files through the REST API', () => {
  test('reads a file at each ref, undefined where it does not exist', async () => {
    const f = files();
    expect(await f.read('base1', 'requirements.txt')).toBe('requests==2.0\n');
    expect(await f.read('head1', 'requirements.txt')).toBe('requests==2.1\nevil==1.0\n');
    expect(await f.read('base1', 'web/package.json')).toBeUndefined();
    expect(await f.read('head1', 'ünï code.txt')).toBe('héllo');
    expect(gh.requests.every((r) => r.path.startsWith('/repos/acme/app/contents/') && r.authorization === 'token ghs_test_token_123')).toBe(true);
  });

  test('a file over 1 MB is read through the git blob endpoint', async () => {
    const log = new RecordingLogger();
    expect(await files(undefined, log).read('head1', 'big/package-lock.json')).toBe(BIG);
    expect(gh.requests.map((r) => decodeURIComponent(r.path).replace(/[0-9a-f]{40}$/, 'SHA'))).toEqual(['/repos/acme/app/contents/big/package-lock.json', '/repos/acme/app/git/blobs/SHA']);
    expect(log.records.some((r) => r.message.includes('over 1 MB'))).toBe(true);
  });

  test('lists every file at a ref through the recursive tree', async () => {
    expect((await files().list('head1')).sort()).toEqual(['big/package-lock.json', 'requirements.txt', 'web/package.json', 'ünï code.txt']);
    expect(gh.requests[0]!.query).toEqual({ recursive: '1' });
  });

  test('PR files are paginated through Link headers', async () => {
    const changed = await files(5).changed();
    expect(changed.map((c) => c.path)).toEqual(['requirements.txt', ...manyFiles.map((m) => m.filename)]);
    expect(changed[0]!.patch).toContain('+evil==1.0');
    expect(gh.requests.map((r) => r.query['page'] ?? '1')).toEqual(['1', '2', '3']);
  });

  test('without a PR, the compare endpoint is followed page by page', async () => {
    const changed = await files().changed();
    expect(changed).toHaveLength(9);
    expect(changed[1]).toEqual({ path: 'old.txt', status: 'renamed', previousPath: 'older.txt' });
    expect(gh.requests.map((r) => r.path)).toEqual(Array(3).fill('/repos/acme/app/compare/base1...head1'));
  });

  test('an unknown ref is an external error naming what was being done', async () => {
    const err = await files().list('nope').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CustomsError);
    expect((err as CustomsError).kind).toBe('external');
    expect((err as Error).message).toMatch(/listing the files at nope \(HTTP 404\)/);
    expect((err as Error).message).not.toContain('ghs_test_token_123');
  });
});
