/**
 * The real Verdaccio 6.8.0 on 127.0.0.1 (storage and htpasswd in a tmp dir, no uplinks, so nothing leaves
 * the machine), a user created through the registry API, and publishing the way `npm publish` does it:
 * `PUT /<name>` with the version manifest and the tarball in `_attachments`.
 * https://github.com/npm/registry/blob/main/docs/REGISTRY-API.md
 */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { create as createTar } from 'tar';

export interface VerdaccioServer {
  /** Registry root with a trailing slash. */
  url: string;
  /** Bearer token of the user created at startup (may publish; may read access-restricted scopes). */
  token: string;
  /** Milliseconds from loading Verdaccio (first call only pays the import) to a listening, user-ready registry. */
  startupMs: number;
  close(): Promise<void>;
}

export interface VerdaccioOptions {
  /** Package patterns whose reading requires the token (e.g. `@private/*`). */
  privatePatterns?: string[];
}

export async function startVerdaccio(options: VerdaccioOptions = {}): Promise<VerdaccioServer> {
  const started = performance.now();
  const { runServer } = await import('verdaccio');
  const dir = await mkdtemp(join(tmpdir(), 'customs-verdaccio-'));
  const packages: Record<string, unknown> = {};
  for (const pattern of options.privatePatterns ?? []) packages[pattern] = { access: '$authenticated', publish: '$authenticated' };
  packages['**'] = { access: '$all', publish: '$authenticated' };
  const config = {
    self_path: dir,
    storage: join(dir, 'storage'),
    auth: { htpasswd: { file: join(dir, 'htpasswd'), max_users: 10 } },
    uplinks: {},
    packages,
    web: { enable: false },
    log: { type: 'stdout', format: 'pretty', level: 'fatal' },
    // Legacy (AES) tokens keep startup fast and need no JWT secret configuration.
    security: { api: { legacy: true } },
  };
  const app = (await runServer(config as never)) as unknown as Server;
  await new Promise<void>((resolve) => app.listen(0, '127.0.0.1', resolve));
  const { port } = app.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}/`;
  const res = await fetch(`${url}-/user/org.couchdb.user:tester`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'tester', password: 'test-password-1', type: 'user', roles: [], date: new Date().toISOString() }),
  });
  const body = (await res.json()) as { token?: string };
  if (res.status !== 201 || !body.token) throw new Error(`verdaccio: creating the test user failed (${res.status})`);
  return {
    url,
    token: body.token,
    startupMs: performance.now() - started,
    close: async () => {
      await new Promise<void>((resolve) => {
        app.close(() => resolve());
        app.closeAllConnections?.();
      });
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** A gzipped npm tarball: every file under `package/`, as `npm pack` lays it out. */
export async function buildTarball(files: Record<string, string>): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), 'customs-pack-'));
  try {
    for (const [path, text] of Object.entries(files)) {
      await mkdir(dirname(join(dir, 'package', path)), { recursive: true });
      await writeFile(join(dir, 'package', path), text);
    }
    const chunks: Buffer[] = [];
    const stream = createTar({ gzip: true, cwd: dir, portable: true }, ['package']);
    for await (const chunk of stream as AsyncIterable<Buffer>) chunks.push(Buffer.from(chunk));
    return Buffer.concat(chunks);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export interface Published {
  tarball: string;
  integrity: string;
  shasum: string;
}

/** Points a dist-tag at a version (`npm dist-tag add`): PUT /-/package/<name>/dist-tags/<tag>. */
export async function addDistTag(server: VerdaccioServer, name: string, tag: string, version: string): Promise<void> {
  const path = name.startsWith('@') ? `@${encodeURIComponent(name.slice(1))}` : encodeURIComponent(name);
  const res = await fetch(`${server.url}-/package/${path}/dist-tags/${encodeURIComponent(tag)}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${server.token}` },
    body: JSON.stringify(version),
  });
  if (res.status >= 300) throw new Error(`verdaccio: dist-tag ${tag} for ${name} failed (${res.status})`);
}

/**
 * Publishes `manifest` (a package.json object with name and version) with a tarball holding package.json
 * plus `files`, under dist-tag `tag` (default `latest`).
 */
export async function publish(
  server: VerdaccioServer,
  manifest: { name: string; version: string } & Record<string, unknown>,
  files: Record<string, string> = {},
  tag = 'latest',
): Promise<Published> {
  const { name, version } = manifest;
  const bytes = await buildTarball({ 'package.json': JSON.stringify(manifest, null, 2), ...files });
  const integrity = `sha512-${createHash('sha512').update(bytes).digest('base64')}`;
  const shasum = createHash('sha1').update(bytes).digest('hex');
  const base = name.replace(/^@[^/]+\//, '');
  const tarball = `${server.url}${name}/-/${base}-${version}.tgz`;
  const doc = {
    _id: name,
    name,
    description: manifest.description ?? '',
    'dist-tags': { [tag]: version },
    versions: { [version]: { ...manifest, _id: `${name}@${version}`, dist: { integrity, shasum, tarball } } },
    access: null,
    _attachments: { [`${base}-${version}.tgz`]: { content_type: 'application/octet-stream', data: bytes.toString('base64'), length: bytes.length } },
  };
  const path = name.startsWith('@') ? `@${encodeURIComponent(name.slice(1))}` : encodeURIComponent(name);
  const res = await fetch(`${server.url}${path}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${server.token}` },
    body: JSON.stringify(doc),
  });
  if (res.status !== 201 && res.status !== 200) throw new Error(`verdaccio: publishing ${name}@${version} failed (${res.status}: ${await res.text()})`);
  return { tarball, integrity, shasum };
}
