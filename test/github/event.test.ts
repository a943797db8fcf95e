import { describe, expect, test } from 'vitest';
import { resolveTarget } from '../../src/github/event.js';

const none = { base: '', head: '' };
const repository = 'acme/app';
const ZERO = '0'.repeat(40);

describe('scan target from the event', () => {
  test.each(['pull_request', 'pull_request_target'])('%s: base.sha vs head.sha and the PR number', (eventName) => {
    const payload = { number: 7, pull_request: { number: 7, base: { sha: 'b1' }, head: { sha: 'h1' } } };
    expect(resolveTarget({ eventName, payload, repository }, none)).toEqual({ event: eventName, owner: 'acme', repo: 'app', base: 'b1', head: 'h1', pullNumber: 7 });
  });

  test('merge_group: base_sha vs head_sha, no PR to comment on', () => {
    const t = resolveTarget({ eventName: 'merge_group', payload: { merge_group: { base_sha: 'mb', head_sha: 'mh' } }, repository }, none);
    expect(t).toEqual({ event: 'merge_group', owner: 'acme', repo: 'app', base: 'mb', head: 'mh' });
  });

  test('push: before vs after', () => {
    const t = resolveTarget({ eventName: 'push', payload: { before: 'p0', after: 'p1', ref: 'refs/heads/main' }, repository }, none);
    expect([t.base, t.head, t.skip]).toEqual(['p0', 'p1', undefined]);
  });

  test('push of a new branch compares with the default branch', () => {
    const payload = { before: ZERO, after: 'n1', ref: 'refs/heads/feature', repository: { default_branch: 'main' } };
    const t = resolveTarget({ eventName: 'push', payload, repository }, none);
    expect([t.base, t.head, t.skip]).toEqual(['main', 'n1', undefined]);
  });

  test('first push of the default branch and branch deletion are skipped with a reason', () => {
    const first = resolveTarget({ eventName: 'push', payload: { before: ZERO, after: 'n1', ref: 'refs/heads/main', repository: { default_branch: 'main' } }, repository }, none);
    expect(first.skip).toMatch(/first push of the default branch/);
    const del = resolveTarget({ eventName: 'push', payload: { before: 'x', after: ZERO, deleted: true }, repository }, none);
    expect(del.skip).toMatch(/deleted a branch/);
  });

  test('workflow_dispatch needs both inputs; the error names them', () => {
    expect(() => resolveTarget({ eventName: 'workflow_dispatch', payload: {}, repository, sha: 'abc' }, none)).toThrow(/set the base and head inputs/);
    expect(() => resolveTarget({ eventName: 'workflow_dispatch', payload: {}, repository }, { base: 'main', head: '' })).toThrow(/set the head input \(/);
    const t = resolveTarget({ eventName: 'workflow_dispatch', payload: {}, repository }, { base: 'v1', head: 'v2' });
    expect([t.base, t.head, t.pullNumber]).toEqual(['v1', 'v2', undefined]);
  });

  test('inputs override the event, and revive a skipped push', () => {
    const payload = { number: 3, pull_request: { number: 3, base: { sha: 'b' }, head: { sha: 'h' } } };
    const t = resolveTarget({ eventName: 'pull_request', payload, repository }, { base: 'main', head: '' });
    expect([t.base, t.head, t.pullNumber]).toEqual(['main', 'h', 3]);
    const p = resolveTarget({ eventName: 'push', payload: { before: ZERO, after: 'n1', ref: 'refs/heads/main', repository: { default_branch: 'main' } }, repository }, { base: 'v1', head: '' });
    expect([p.base, p.head, p.skip]).toEqual(['v1', 'n1', undefined]);
  });

  test('repository falls back to the payload and must be owner/repo', () => {
    const t = resolveTarget({ eventName: 'merge_group', payload: { repository: { full_name: 'o/r' }, merge_group: { base_sha: 'a', head_sha: 'b' } }, repository: '' }, none);
    expect([t.owner, t.repo]).toEqual(['o', 'r']);
    expect(() => resolveTarget({ eventName: 'push', payload: {}, repository: 'nope' }, none)).toThrow(/GITHUB_REPOSITORY is 'nope'/);
  });
});
