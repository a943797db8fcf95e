import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNpmRegistry } from '../../../src/registries/npm/index.js';
import { CustomsError } from '../../../src/runtime/errors.js';
import { RecordingLogger } from '../../../src/runtime/logger.js';
import { addDistTag, publish, startVerdaccio, type Published, type VerdaccioServer } from '../../support/verdaccio.js';
import { recordingHttp } from '../recording-http.js';

let main: VerdaccioServer;
let scoped: VerdaccioServer;
const published: Record<string, Published> = {};

beforeAll(async () => {
  [main, scoped] = await Promise.all([startVerdaccio(), startVerdaccio({ privatePatterns: ['@acme/*'] })]);
  console.log(`verdaccio startup: ${main.startupMs.toFixed(0)} ms and ${scoped.startupMs.toFixed(0)} ms`);
  const base = { description: 'left pad', repository: { type: 'git', url: 'git+https://github.com/x/pad.git' } };
  for (const v of ['1.0.0', '1.1.0', '1.2.0', '2.0.0']) {
    published[`pad@${v}`] = await publish(main, { name: 'pad', version: v, ...base, dependencies: { dep: '^1.0.0' } });
  }
  published['pad@2.1.0-beta.1'] = await publish(main, { name: 'pad', version: '2.1.0-beta.1', ...base }, {}, 'next');
  published['pad@3.0.0-rc.1'] = await publish(main, { name: 'pad', version: '3.0.0-rc.1', ...base }, {}, 'beta');
  await publish(main, {
    name: 'installer',
    version: '0.1.0',
    scripts: { postinstall: 'node steal.js', test: 'true' },
    bin: 'cli.js',
    optionalDependencies: { fsevents: '^2.0.0' },
  }, { 'steal.js': '// sample', 'cli.js': '' });
  await publish(main, { name: '@acme/public-on-main', version: '1.0.0' });
  await publish(main, { name: 'old-lib', version: '1.0.0', deprecated: 'use new-lib instead' });
  await addDistTag(main, 'pad', 'stable', '1.1.0');
  published['@acme/tool@1.0.0'] = await publish(scoped, { name: '@acme/tool', version: '1.0.0', bin: { acme: 'bin.js' } });
  await publish(scoped, { name: '@acme/tool', version: '1.5.0' });
}, 30_000);

afterAll(async () => {
  await Promise.all([main?.close(), scoped?.close()]);
});

function setup(opts: { scopeToken?: string | undefined } = {}) {
  const log = new RecordingLogger();
  const http = recordingHttp(log);
  const token = 'scopeToken' in opts ? opts.scopeToken : scoped.token;
  const registry = createNpmRegistry(
    http,
    { url: main.url, token: 'MAIN-REGISTRY-TOKEN', scopes: { '@acme': { url: scoped.url, ...(token ? { token } : {}) } } },
    log,
  );
  return { log, http, registry };
}

async function rejection(p: Promise<unknown>): Promise<CustomsError> {
  const err = await p.then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(CustomsError);
  return err as CustomsError;
}

describe('npm registry against Verdaccio 6.8.0', () => {
  it('starts quickly enough to keep the file fast', () => {
    expect(main.startupMs).toBeLessThan(10_000);
  });

  it('resolves "" and "latest" to dist-tags.latest', async () => {
    const { registry } = setup();
    expect((await registry.resolve('pad', '')).ref.version).toBe('2.0.0');
    expect((await registry.resolve('pad', 'latest')).ref.version).toBe('2.0.0');
  });

  it('resolves other dist-tags by name', async () => {
    const { registry } = setup();
    expect((await registry.resolve('pad', 'next')).ref.version).toBe('2.1.0-beta.1');
    expect((await registry.resolve('pad', 'beta')).ref.version).toBe('3.0.0-rc.1');
    expect((await registry.resolve('pad', 'stable')).ref.version).toBe('1.1.0');
  });

  it('takes the highest version in a range and excludes pre-releases the range does not name', async () => {
    const { registry } = setup();
    expect((await registry.resolve('pad', '^1.0.0')).ref.version).toBe('1.2.0');
    expect((await registry.resolve('pad', '~1.1.0')).ref.version).toBe('1.1.0');
    expect((await registry.resolve('pad', '>=2.0.0')).ref.version).toBe('2.0.0');
    expect((await registry.resolve('pad', '>=2.1.0-beta.0 <2.2.0')).ref.version).toBe('2.1.0-beta.1');
    // Like npm-pick-manifest, `latest` wins whenever it satisfies the range, even with pre-releases allowed.
    expect((await registry.resolve('pad', '>=2.0.0', { prereleases: true })).ref.version).toBe('2.0.0');
    expect((await registry.resolve('pad', '>=2.0.1', { prereleases: true })).ref.version).toBe('3.0.0-rc.1');
    expect((await rejection(registry.resolve('pad', '>=2.0.1'))).kind).toBe('user');
  });

  it('resolves exact versions and npm: aliases', async () => {
    const { registry } = setup();
    expect((await registry.resolve('pad', '1.1.0')).ref.version).toBe('1.1.0');
    const aliased = await registry.resolve('my-pad', 'npm:pad@^1');
    expect(aliased.ref).toEqual({ ecosystem: 'npm', name: 'pad', version: '1.2.0' });
  });

  it('returns the tarball with integrity converted to hex and the sha1 shasum', async () => {
    const { registry } = setup();
    const pkg = await registry.get('pad', '1.1.0');
    const want = published['pad@1.1.0']!;
    expect(pkg.artifacts).toHaveLength(1);
    const artifact = pkg.artifacts[0]!;
    expect(artifact.type).toBe('npm-tarball');
    expect(artifact.filename).toBe('pad-1.1.0.tgz');
    expect(artifact.url).toContain('/pad/-/pad-1.1.0.tgz');
    expect(artifact.integrity).toContainEqual({ algorithm: 'sha512', hex: Buffer.from(want.integrity.slice(7), 'base64').toString('hex') });
    expect(artifact.integrity).toContainEqual({ algorithm: 'sha1', hex: want.shasum });
    // The tarball the registry serves matches the digest it advertises.
    const bytes = Buffer.from(await (await fetch(artifact.url)).arrayBuffer());
    const { createHash } = await import('node:crypto');
    expect(createHash('sha1').update(bytes).digest('hex')).toBe(want.shasum);
  });

  it('fills metadata: publish times, version count, maintainers, repository, description, dependencies', async () => {
    const { registry } = setup();
    const pkg = await registry.resolve('pad', '^1');
    expect(pkg.metadata.published).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(pkg.metadata.created).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(pkg.metadata.versionCount).toBe(6);
    expect(pkg.metadata.repository).toBe('git+https://github.com/x/pad.git');
    expect(pkg.metadata.description).toBe('left pad');
    expect(pkg.metadata.dependencies).toEqual([{ name: 'dep', spec: '^1.0.0' }]);
    expect(pkg.metadata.unavailable).toEqual([]);
    expect(pkg.registry).toBe(main.url);
  });

  it('reports lifecycle scripts, bin and optional dependencies from the registry manifest', async () => {
    const { registry } = setup();
    const pkg = await registry.resolve('installer', '');
    expect(pkg.metadata.scripts).toEqual({ postinstall: 'node steal.js', test: 'true' });
    expect(pkg.metadata.bin).toEqual({ installer: 'cli.js' });
    expect(pkg.metadata.dependencies).toEqual([{ name: 'fsevents', spec: '^2.0.0', optional: true }]);
  });

  it('reports a deprecation message', async () => {
    const { registry } = setup();
    expect((await registry.resolve('old-lib', '')).metadata.deprecated).toBe('use new-lib instead');
    expect((await registry.resolve('pad', '')).metadata.deprecated).toBeUndefined();
  });

  it('fetches each packument once per run', async () => {
    const { registry, http } = setup();
    await registry.resolve('pad', '^1');
    await registry.resolve('pad', '^2');
    await registry.get('pad', '1.0.0');
    expect(http.sent.filter((r) => r.url.endsWith('/pad'))).toHaveLength(1);
  });

  it('routes a scope to its registry with that registry’s token only', async () => {
    const { registry, http } = setup();
    const pkg = await registry.resolve('@acme/tool', '^1');
    expect(pkg.ref.version).toBe('1.5.0');
    expect(pkg.registry).toBe(scoped.url);
    const toScoped = http.sent.filter((r) => r.url.startsWith(scoped.url));
    expect(toScoped).toHaveLength(1);
    expect(toScoped[0]!.url).toBe(`${scoped.url}@acme%2ftool`);
    expect(toScoped[0]!.authorization).toBe(`Bearer ${scoped.token}`);
    await registry.resolve('pad', '');
    for (const r of http.sent) {
      if (r.url.startsWith(main.url)) expect(r.authorization).toBe('Bearer MAIN-REGISTRY-TOKEN');
      else expect(r.authorization).not.toContain('MAIN-REGISTRY-TOKEN');
    }
  });

  it('leaves unrelated scopes on the default registry', async () => {
    const { registry } = setup();
    const pkg = await registry.resolve('@acme/public-on-main', '').catch((e: unknown) => e);
    // @acme is routed to the scoped registry, where this package does not exist.
    expect((pkg as CustomsError).message).toContain(scoped.url);
    const other = createNpmRegistry(recordingHttp(new RecordingLogger()), { url: main.url }, new RecordingLogger());
    expect((await other.resolve('@acme/public-on-main', '')).registry).toBe(main.url);
  });

  it('gives a user error when a private scope answers 401 without a token', async () => {
    const { registry } = setup({ scopeToken: undefined });
    const err = await rejection(registry.resolve('@acme/tool', ''));
    expect(err.kind).toBe('user');
    expect(err.message).toContain('401');
    expect(err.message).toContain(scoped.url);
  });

  it('names package and registry when the package does not exist', async () => {
    const { registry } = setup();
    const err = await rejection(registry.resolve('no-such-package-here', '^1'));
    expect(err.kind).toBe('user');
    expect(err.message).toBe(`npm package "no-such-package-here" not found on registry ${main.url}`);
  });

  it('names the version when it does not exist or nothing matches', async () => {
    const { registry } = setup();
    expect((await rejection(registry.get('pad', '9.9.9'))).message).toContain('no version 9.9.9');
    const err = await rejection(registry.resolve('pad', '^7'));
    expect(err.kind).toBe('user');
    expect(err.message).toContain('"^7"');
  });

  it('rejects invalid ranges, non-registry specs and unsafe names as user errors', async () => {
    const { registry, http } = setup();
    expect((await rejection(registry.resolve('pad', 'not a range!!'))).kind).toBe('user');
    expect((await rejection(registry.resolve('pad', 'github:x/pad'))).message).toContain('does not come from a registry');
    expect((await rejection(registry.resolve('../../etc/passwd', ''))).message).toContain('not a valid npm package name');
    expect(http.sent.some((r) => r.url.includes('etc'))).toBe(false);
  });

  it('keeps tokens and URL credentials out of error messages and logs', async () => {
    const log = new RecordingLogger();
    const withCreds = main.url.replace('http://', 'http://alice:hunter2secret@');
    const registry = createNpmRegistry(recordingHttp(log), { url: withCreds }, log);
    const err = await rejection(registry.resolve('missing-pkg', ''));
    expect(err.message).not.toContain('hunter2secret');
    expect(err.message).toContain('***@127.0.0.1');
    expect(JSON.stringify(log.records)).not.toContain('hunter2secret');
    const tokenReg = setup();
    const err2 = await rejection(tokenReg.registry.resolve('missing-pkg', ''));
    expect(err2.message).not.toContain('MAIN-REGISTRY-TOKEN');
    expect(JSON.stringify(tokenReg.log.records)).not.toContain('MAIN-REGISTRY-TOKEN');
  });
});
