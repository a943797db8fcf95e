/**
 * The scan benchmark's static npm registry (bench/npm-registry.mjs), over a small corpus folder written
 * here: packuments as the npm registry API shapes them, tarballs byte for byte, integrity that matches.
 * https://github.com/npm/registry/blob/main/docs/REGISTRY-API.md#getpackage
 */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageJsonOf, startNpmRegistry, type NpmRegistry } from '../../bench/npm-registry.mjs';
import { paxHeader, tarArchive } from '../unpack/tar-builder.js';

const plain = gzipSync(
  tarArchive([
    { name: 'package/README.md', body: '# left-pad-ish\n' },
    { name: 'package/package.json', body: JSON.stringify({ name: 'padder', version: '1.2.3', scripts: { test: 'node t.js' }, dependencies: { dep: '^1.0.0' } }) },
    { name: 'package/index.js', body: 'module.exports = (s) => s;\n' },
  ]),
);
// Root folder named differently and the path given by a PAX record, as some published tarballs have it.
const scoped = gzipSync(
  tarArchive([paxHeader({ path: 'node/package.json' }), { name: 'node/PaxHeaderName', body: JSON.stringify({ name: '@scope/tool', version: '0.1.0', bin: 'cli.js' }) }]),
);

let corpus: string;
let registry: NpmRegistry;

beforeAll(async () => {
  corpus = await mkdtemp(join(tmpdir(), 'customs-bench-registry-'));
  const benign = join(corpus, 'npm', 'benign');
  await mkdir(benign, { recursive: true });
  await mkdir(join(corpus, 'npm', 'malicious'), { recursive: true });
  await writeFile(join(benign, 'padder-1.2.3.tgz'), plain);
  await writeFile(join(benign, 'scope-tool-0.1.0.tgz'), scoped);
  // The malicious folder must never be read: a manifest there that points nowhere would break startup.
  await writeFile(join(corpus, 'npm', 'malicious', 'manifest.jsonl'), '{"path":"missing.tgz","name":"evil","version":"1.0.0"}\n');
  const lines = [
    { path: 'padder-1.2.3.tgz', name: 'padder', version: '1.2.3' },
    { path: 'scope-tool-0.1.0.tgz', name: '@scope/tool', version: '0.1.0' },
  ];
  await writeFile(join(benign, 'manifest.jsonl'), lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  registry = await startNpmRegistry(corpus);
});

afterAll(async () => {
  await registry?.close();
  await rm(corpus, { recursive: true, force: true });
});

describe('packageJsonOf', () => {
  it('reads package.json from a gzipped tarball in memory, under any root folder and through PAX paths', () => {
    expect(packageJsonOf(plain)).toMatchObject({ name: 'padder', scripts: { test: 'node t.js' } });
    expect(packageJsonOf(scoped)).toMatchObject({ name: '@scope/tool', bin: 'cli.js' });
    expect(packageJsonOf(gzipSync(tarArchive([{ name: 'package/index.js', body: '1' }])))).toBeUndefined();
  });
});

describe('static npm registry', () => {
  it('lists every benign package with a tarball URL on itself and the sha512 of the bytes', () => {
    expect(registry.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(registry.packages.map((p) => `${p.name}@${p.version}`)).toEqual(['padder@1.2.3', '@scope/tool@0.1.0']);
    const padder = registry.packages[0]!;
    expect(padder.tarball).toBe(`${registry.url}padder/-/padder-1.2.3.tgz`);
    expect(padder.integrity).toBe(`sha512-${createHash('sha512').update(plain).digest('base64')}`);
    expect(registry.packages[1]!.tarball).toBe(`${registry.url}@scope/tool/-/tool-0.1.0.tgz`);
  });

  it('serves a packument with dist-tags, time, dist and the version manifest from the tarball', async () => {
    const res = await fetch(`${registry.url}padder`);
    expect(res.status).toBe(200);
    const p = (await res.json()) as { 'dist-tags': unknown; time: Record<string, string>; versions: Record<string, { dist: unknown }> };
    expect(p['dist-tags']).toEqual({ latest: '1.2.3' });
    expect(p.time['1.2.3']).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(p.versions['1.2.3']).toMatchObject({ name: 'padder', version: '1.2.3', scripts: { test: 'node t.js' }, dependencies: { dep: '^1.0.0' } });
    expect(p.versions['1.2.3']!.dist).toEqual({
      tarball: registry.packages[0]!.tarball,
      integrity: registry.packages[0]!.integrity,
      shasum: createHash('sha1').update(plain).digest('hex'),
    });
  });

  it('answers scoped names however the client encodes the slash', async () => {
    for (const path of ['@scope%2ftool', '@scope%2Ftool', '@scope/tool']) {
      const res = await fetch(`${registry.url}${path}`);
      expect(res.status, path).toBe(200);
      expect(((await res.json()) as { name: string }).name).toBe('@scope/tool');
    }
  });

  it('serves the tarballs byte for byte, 404 for anything else, and counts requests by kind', async () => {
    const before = { ...registry.requests };
    const got = new Uint8Array(await (await fetch(registry.packages[1]!.tarball)).arrayBuffer());
    expect(Buffer.from(got).equals(scoped)).toBe(true);
    expect((await fetch(`${registry.url}evil`)).status).toBe(404);
    expect((await fetch(`${registry.url}padder/-/padder-9.9.9.tgz`)).status).toBe(404);
    expect(registry.requests.tarball - before.tarball).toBe(1);
    expect(registry.requests.other - before.other).toBe(2);
  });
});
