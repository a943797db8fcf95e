import { createHash } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPypiRegistry, type PypiRegistryConfig } from '../../../src/registries/pypi/index.js';
import { CustomsError } from '../../../src/runtime/errors.js';
import { RecordingLogger } from '../../../src/runtime/logger.js';
import { startPypiIndex, writeIndexFolder, type PypiIndexServer } from '../../support/pypi-index.js';
import { recordingHttp } from '../recording-http.js';

const T = (day: number): string => `2024-03-${String(day).padStart(2, '0')}T10:00:00Z`;
const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

let folder: string;
let both: PypiIndexServer;
let htmlOnly: PypiIndexServer;
let authed: PypiIndexServer;

beforeAll(async () => {
  folder = await writeIndexFolder({
    demo: [
      { filename: 'demo-1.0.tar.gz', bytes: 'sdist 1.0', uploadTime: T(1) },
      { filename: 'demo-1.0-py3-none-any.whl', bytes: 'wheel 1.0', uploadTime: T(1) },
      { filename: 'demo-1.1.tar.gz', bytes: 'sdist 1.1', uploadTime: T(2) },
      { filename: 'demo-1.2.tar.gz', bytes: 'sdist 1.2', yanked: 'broke installs', uploadTime: T(3) },
      { filename: 'demo-2.0b1.tar.gz', bytes: 'sdist 2.0b1', uploadTime: T(4) },
      { filename: 'demo-2.0b1-cp312-cp312-manylinux_2_17_x86_64.whl', bytes: 'wheel 2.0b1', uploadTime: T(4) },
      { filename: 'demo-3.0.tar.gz', bytes: 'sdist 3.0', requiresPython: '>=3.13', uploadTime: T(5) },
    ],
    'only-pre': [{ filename: 'only_pre-0.1a1.tar.gz', bytes: 'a' }],
    'native-ext': [
      { filename: 'native_ext-5.0.tar.gz', bytes: 'n' },
      { filename: 'native_ext-5.0-cp312-cp312-manylinux_2_28_x86_64.whl', bytes: 'glibc' },
      { filename: 'native_ext-5.0-cp312-cp312-musllinux_1_2_x86_64.whl', bytes: 'musl' },
      { filename: 'native_ext-5.0-cp312-cp312-win_amd64.whl', bytes: 'win' },
    ],
    'with-meta': [
      { filename: 'with_meta-0.3.tar.gz', bytes: 's' },
      {
        filename: 'with_meta-0.3-py3-none-any.whl',
        bytes: 'w',
        coreMetadata: [
          'Metadata-Version: 2.1',
          'Name: with-meta',
          'Version: 0.3',
          'Summary: Has PEP 658 metadata',
          'Author-email: Eve <eve@example.org>',
          'Project-URL: Source, https://github.com/eve/with-meta',
          'Requires-Dist: httpx>=0.27',
          'Requires-Dist: colorama; platform_system == "Windows"',
          '',
          'Requires-Dist: not-a-header (this is the long description)',
        ].join('\n'),
      },
    ],
    'bad-meta': [{ filename: 'bad_meta-1.0-py3-none-any.whl', bytes: 'w', coreMetadata: 'Summary: x\n' }],
    'wheels-only': [{ filename: 'wheels_only-1.0-cp311-cp311-win32.whl', bytes: 'w' }],
  });
  const jsonApi = {
    demo: {
      summary: 'A demo project',
      author: 'Ada',
      author_email: 'ada@example.org',
      project_urls: { Homepage: 'https://demo.example', Source: 'https://github.com/ada/demo' },
      requires_dist: ['requests (>=2.0)', 'Typing_Extensions>=4; python_version < "3.11"', 'pytest ; extra == "test"'],
    },
  };
  const overrides = {
    '/simple/broken-json/': { status: 200, body: '{"files": [', contentType: 'application/vnd.pypi.simple.v1+json' },
    '/simple/server-down/': { status: 503, body: 'down' },
    '/pypi/demo/1.1/json': { status: 502, body: 'bad gateway' },
    '/files/bad_meta-1.0-py3-none-any.whl.metadata': { status: 200, body: 'Summary: tampered\n' },
    '/pypi/demo/2.0b1/json': { status: 200, body: '<html>not json</html>', contentType: 'text/html' },
  };
  [both, htmlOnly, authed] = await Promise.all([
    startPypiIndex(folder, { jsonApi, overrides }),
    startPypiIndex(folder, { format: 'html' }),
    startPypiIndex(folder, { requireAuthorization: 'Bearer PYPI-SECRET-TOKEN' }),
  ]);
});

afterAll(async () => {
  await Promise.all([both?.close(), htmlOnly?.close(), authed?.close()]);
  await rm(folder, { recursive: true, force: true });
});

function setup(server: PypiIndexServer, extra: Partial<PypiRegistryConfig> = {}) {
  const log = new RecordingLogger();
  const http = recordingHttp(log);
  const registry = createPypiRegistry(http, { indexUrl: server.indexUrl, ...(server === both ? { jsonApiUrl: both.jsonApiUrl } : {}), ...extra }, log);
  return { log, http, registry };
}

async function rejection(p: Promise<unknown>): Promise<CustomsError> {
  const err = await p.then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(CustomsError);
  return err as CustomsError;
}

describe('PyPI resolution against a local PEP 503/691 index', () => {
  it('takes the highest final version, skipping yanked files, pre-releases and other Pythons', async () => {
    const { registry } = setup(both);
    const pkg = await registry.resolve('Demo', '');
    expect(pkg.ref).toEqual({ ecosystem: 'pypi', name: 'demo', version: '1.1' });
    expect((await registry.resolve('demo', '>=1.0')).ref.version).toBe('1.1');
  });

  it('allows a yanked release only when pinned exactly (PEP 592)', async () => {
    const { registry } = setup(both);
    expect((await registry.resolve('demo', '==1.2')).ref.version).toBe('1.2');
    expect((await registry.resolve('demo', '===1.2')).ref.version).toBe('1.2');
    expect((await registry.resolve('demo', '>=1.1,<2')).ref.version).toBe('1.1');
    // Only the yanked 1.2 matches (2.0b1 is excluded by `<2`, PEP 440): pip refuses, and so do we.
    expect((await rejection(registry.resolve('demo', '>=1.2,<2'))).kind).toBe('user');
    expect((await registry.get('demo', '1.2')).metadata.deprecated).toBe('yanked');
  });

  it('includes pre-releases when asked, when the specifier names one, or when only they match', async () => {
    const { registry } = setup(both);
    expect((await registry.resolve('demo', '', { prereleases: true })).ref.version).toBe('2.0b1');
    expect((await registry.resolve('demo', '>=2.0b1')).ref.version).toBe('2.0b1');
    expect((await registry.resolve('demo', '>1.5')).ref.version).toBe('2.0b1');
    expect((await registry.resolve('only-pre', '')).ref.version).toBe('0.1a1');
  });

  it('handles compatible-release and wildcard specifiers', async () => {
    const { registry } = setup(both);
    expect((await registry.resolve('demo', '~=1.0')).ref.version).toBe('1.1');
    expect((await registry.resolve('demo', '==1.0.*')).ref.version).toBe('1.0');
    expect((await registry.resolve('demo', '!=1.1,<2')).ref.version).toBe('1.0');
  });

  it('returns the sdist and wheels with sha256 integrity from the index', async () => {
    const { registry } = setup(both);
    const pkg = await registry.resolve('demo', '==1.0');
    expect(pkg.artifacts.map((a) => [a.filename, a.type])).toEqual([
      ['demo-1.0.tar.gz', 'sdist'],
      ['demo-1.0-py3-none-any.whl', 'wheel'],
    ]);
    expect(pkg.artifacts[0]!.integrity).toEqual([{ algorithm: 'sha256', hex: sha256('sdist 1.0') }]);
    expect(pkg.artifacts[0]!.size).toBe(9);
    const bytes = await (await fetch(pkg.artifacts[1]!.url)).text();
    expect(bytes).toBe('wheel 1.0');
  });

  it('selects wheels for the configured targets', async () => {
    const { registry } = setup(both, {
      targets: [
        { python: [3, 12], os: 'linux', arch: 'x86_64', libc: { kind: 'glibc', version: [2, 17] } },
        { python: [3, 12], os: 'linux', arch: 'x86_64', libc: { kind: 'musl', version: [1, 2] } },
      ],
    });
    const pkg = await registry.resolve('native-ext', '');
    expect(pkg.artifacts.map((a) => a.filename).sort()).toEqual(['native_ext-5.0-cp312-cp312-musllinux_1_2_x86_64.whl', 'native_ext-5.0.tar.gz']);
    const def = setup(both).registry;
    expect((await def.resolve('native-ext', '')).artifacts.map((a) => a.filename).sort()).toEqual([
      'native_ext-5.0-cp312-cp312-manylinux_2_28_x86_64.whl',
      'native_ext-5.0.tar.gz',
    ]);
  });

  it('skips versions with no file installable on any target', async () => {
    const { registry } = setup(both);
    const err = await rejection(registry.resolve('wheels-only', ''));
    expect(err.kind).toBe('user');
    expect(err.message).toContain('no version of PyPI project "wheels-only"');
    expect((await registry.get('wheels-only', '1.0')).ref.version).toBe('1.0');
  });

  it('fills metadata from the JSON API', async () => {
    const { registry } = setup(both);
    const { metadata } = await registry.resolve('demo', '==1.0');
    expect(metadata).toMatchObject({
      published: T(1),
      created: T(1),
      versionCount: 5,
      maintainers: ['Ada', 'ada@example.org'],
      repository: 'https://github.com/ada/demo',
      description: 'A demo project',
      unavailable: [],
    });
    expect(metadata.dependencies).toEqual([
      { name: 'requests', spec: '>=2.0' },
      { name: 'typing-extensions', spec: '>=4', marker: 'python_version < "3.11"' },
      { name: 'pytest', spec: '', marker: 'extra == "test"', optional: true },
    ]);
  });

  it('asks for PEP 691 JSON and gets it from a negotiating index', async () => {
    const { registry } = setup(both);
    await registry.resolve('demo', '');
    const page = both.requests.filter((r) => r.path === '/simple/demo/').at(-1)!;
    expect(page.accept).toContain('application/vnd.pypi.simple.v1+json');
    expect(page.accept).toContain('text/html;q=0.1');
  });

  it('resolves the same from an HTML-only index, with metadata marked unavailable', async () => {
    const { registry } = setup(htmlOnly);
    const pkg = await registry.resolve('demo', '');
    expect(pkg.ref.version).toBe('1.1');
    expect(pkg.artifacts[0]!.integrity).toEqual([{ algorithm: 'sha256', hex: sha256('sdist 1.1') }]);
    expect(pkg.metadata.unavailable).toEqual(expect.arrayContaining(['maintainers', 'repository', 'description', 'dependencies', 'published']));
    expect(pkg.metadata.versionCount).toBe(5);
    expect((await registry.resolve('demo', '==1.2')).ref.version).toBe('1.2'); // data-yanked honoured in HTML
    expect((await registry.resolve('demo', '>=1.2')).ref.version).toBe('2.0b1'); // data-requires-python honoured
  });

  it('reads PEP 658 core metadata when there is no JSON API entry, from JSON and HTML pages', async () => {
    for (const server of [both, htmlOnly]) {
      const { registry, http } = setup(server);
      const { metadata } = await registry.resolve('with-meta', '');
      expect(metadata.description).toBe('Has PEP 658 metadata');
      expect(metadata.maintainers).toEqual(['Eve <eve@example.org>']);
      expect(metadata.repository).toBe('https://github.com/eve/with-meta');
      expect(metadata.dependencies).toEqual([
        { name: 'httpx', spec: '>=0.27' },
        { name: 'colorama', spec: '', marker: 'platform_system == "Windows"' },
      ]);
      expect(metadata.unavailable).toEqual(['published', 'created']);
      expect(http.sent.at(-1)!.url).toMatch(/\/files\/with_meta-0\.3-py3-none-any\.whl\.metadata$/);
    }
  });

  it('ignores core metadata whose sha256 does not match the index', async () => {
    const { registry, log } = setup(both);
    const { metadata } = await registry.resolve('bad-meta', '');
    expect(metadata.description).toBeUndefined();
    expect(metadata.unavailable).toContain('description');
    expect(log.records.some((r) => r.level === 'warning' && r.message.includes('does not match the sha256'))).toBe(true);
  });

  it('degrades to unavailable metadata when the JSON API has no entry', async () => {
    const { registry, log } = setup(both);
    const pkg = await registry.resolve('native-ext', '');
    expect(pkg.metadata.unavailable).toContain('maintainers');
    expect(pkg.artifacts.length).toBeGreaterThan(0);
    expect(log.records.some((r) => r.level === 'debug' && r.message.includes('no JSON API metadata'))).toBe(true);
  });

  it('degrades with a warning when the JSON API fails or answers garbage, still resolving', async () => {
    const { registry, log } = setup(both);
    for (const [spec, version] of [['', '1.1'], ['==2.0b1', '2.0b1']] as const) {
      const pkg = await registry.resolve('demo', spec);
      expect(pkg.ref.version).toBe(version);
      expect(pkg.metadata.unavailable).toEqual(['maintainers', 'repository', 'description', 'dependencies']);
      expect(pkg.metadata.published).toBe(version === '1.1' ? T(2) : T(4)); // PEP 700 upload-time still counts
    }
    const warnings = log.records.filter((r) => r.level === 'warning').map((r) => r.message);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toContain('502');
    expect(warnings[1]).toContain('malformed JSON');
  });

  it('fetches each simple page once per run', async () => {
    const { registry, http } = setup(both);
    await registry.resolve('demo', '');
    await registry.resolve('demo', '<1.1');
    await registry.get('demo', '1.0');
    expect(http.sent.filter((r) => r.url.endsWith('/simple/demo/'))).toHaveLength(1);
  });

  it('names project and index when the project does not exist', async () => {
    const { registry } = setup(both);
    const err = await rejection(registry.resolve('No_Such.Project', ''));
    expect(err.kind).toBe('user');
    expect(err.message).toBe(`PyPI project "no-such-project" not found on index ${both.indexUrl}`);
    expect((await rejection(registry.get('demo', '9.9'))).message).toContain('has no version 9.9');
    expect((await rejection(registry.resolve('demo', '>>>1'))).message).toContain('not a valid PEP 440 specifier');
  });

  it('reports malformed pages and server errors as external errors naming the URL', async () => {
    const { registry } = setup(both);
    const broken = await rejection(registry.resolve('broken-json', ''));
    expect(broken.kind).toBe('external');
    expect(broken.message).toContain(`${both.indexUrl}broken-json/`);
    const down = await rejection(registry.resolve('server-down', ''));
    expect(down.kind).toBe('external');
    expect(down.message).toContain('503');
  });

  it('sends the token to its index and keeps it out of messages and logs', async () => {
    const { registry, http, log } = setup(authed, { token: 'PYPI-SECRET-TOKEN' });
    expect((await registry.resolve('demo', '')).ref.version).toBe('1.1');
    expect(authed.requests.at(-1)!.authorization).toBe('Bearer PYPI-SECRET-TOKEN');
    const err = await rejection(registry.resolve('missing', ''));
    expect(err.message).not.toContain('PYPI-SECRET-TOKEN');
    expect(JSON.stringify(log.records)).not.toContain('PYPI-SECRET-TOKEN');
    expect(http.sent.every((r) => r.url.startsWith(authed.indexUrl))).toBe(true);
  });

  it('turns URL credentials into Basic auth and redacts them', async () => {
    const withCreds = authed.indexUrl.replace('http://', 'http://bob:pw-very-secret@');
    const { registry, http } = setup(authed, { indexUrl: withCreds });
    const err = await rejection(registry.resolve('demo', ''));
    expect(err.kind).toBe('user'); // 401: the configured credentials are wrong
    expect(err.message).toContain('401');
    expect(err.message).not.toContain('pw-very-secret');
    expect(http.sent[0]!.url).not.toContain('pw-very-secret');
    expect(http.sent[0]!.authorization).toBe(`Basic ${Buffer.from('bob:pw-very-secret').toString('base64')}`);
  });
});
