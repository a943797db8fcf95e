// The stand-in must be strict, or the other tests prove nothing: it flags requests and responses that
// GitHub's OpenAPI description does not allow.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { GitHubStandIn, openApi } from '../support/github-server.js';

let gh: GitHubStandIn;
beforeAll(async () => {
  gh = await GitHubStandIn.start({ owner: 'acme', repo: 'app', commits: {}, pulls: { 1: { files: [] } } });
}, 60_000);
afterAll(() => gh.close());

const call = (method: string, path: string, body?: unknown) =>
  fetch(`${gh.url}${path}`, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });

describe('GitHub stand-in strictness', () => {
  test('an endpoint GitHub does not have is a violation', async () => {
    gh.violations.length = 0;
    expect((await call('GET', '/repos/acme/app/no-such-thing')).status).toBe(404);
    expect(gh.violations).toEqual([expect.stringMatching(/no such operation/)]);
  });

  test('a request body outside the schema is a violation', async () => {
    gh.violations.length = 0;
    await call('POST', '/repos/acme/app/pulls/1/reviews', { event: 'SHOUT', comments: [{ path: 'a', line: 'two', body: 'x' }] });
    expect(gh.violations.join('\n')).toMatch(/body: \/event must be equal to one of the allowed values/);
    expect(gh.violations.join('\n')).toMatch(/\/comments\/0\/line must be integer/);
  });

  test('an undocumented query parameter and a wrongly typed one are violations', async () => {
    gh.violations.length = 0;
    await call('GET', '/repos/acme/app/pulls/1/files?per_page=lots&colour=red');
    expect(gh.violations.join('\n')).toMatch(/query: .*additional properties.*colour/);
    expect(gh.violations.join('\n')).toMatch(/query: \/per_page must be integer/);
  });

  test('response checks catch a malformed object', () => {
    const op = openApi().match('POST', '/repos/acme/app/issues/1/comments')!;
    expect(op.template).toBe('/repos/{owner}/{repo}/issues/{issue_number}/comments');
    expect(openApi().checkResponse(op, 201, { id: 'one' }).join()).toMatch(/must be integer|required property/);
    expect(openApi().checkResponse(op, 299, {})).toEqual([expect.stringMatching(/status 299 is not documented/)]);
  });
});
