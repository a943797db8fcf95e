// A small static npm registry for the scan benchmark, on 127.0.0.1: one packument per package
// (GET /<name>, GET /@scope%2fname) and the tarballs (GET /<name>/-/<file>.tgz), from the corpus's
// npm/benign folder. https://github.com/npm/registry/blob/main/docs/REGISTRY-API.md#getpackage
// Safety: the tarballs are public npm packages, read as bytes only; the one thing looked at inside is
// package.json (decompressed in memory, parsed as JSON) so the packument carries the same version
// manifest (scripts, dependencies) the public registry serves. Nothing is extracted to disk or run.
// npm/malicious is never read.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** The benign manifest lines: { path, name, version, sha256, bytes, ... }. */
export function readBenignManifest(corpus) {
  const dir = join(corpus, 'npm', 'benign');
  return readFileSync(join(dir, 'manifest.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l))
    .filter((e) => e.path && e.included !== false)
    .map((e) => ({ ...e, file: join(dir, e.path) }));
}

const cstr = (buf, start, len) => {
  const s = buf.subarray(start, start + len);
  const nul = s.indexOf(0);
  return s.subarray(0, nul < 0 ? s.length : nul).toString('utf8');
};

/** The first `<root>/package.json` of a .tgz, read in memory (ustar headers, pax `path` records). */
export function packageJsonOf(tgz) {
  const tar = gunzipSync(tgz);
  let pos = 0;
  let paxPath;
  while (pos + 512 <= tar.length) {
    const header = tar.subarray(pos, pos + 512);
    if (header.every((b) => b === 0)) break;
    const size = parseInt(cstr(header, 124, 12).trim() || '0', 8);
    const type = String.fromCharCode(header[156] || 48);
    const prefix = cstr(header, 345, 155);
    const name = paxPath ?? (prefix ? `${prefix}/${cstr(header, 0, 100)}` : cstr(header, 0, 100));
    const body = tar.subarray(pos + 512, pos + 512 + size);
    pos += 512 + Math.ceil(size / 512) * 512;
    if (type === 'x') {
      const m = /\d+ path=([^\n]*)\n/.exec(body.toString('utf8'));
      paxPath = m ? m[1] : undefined;
      continue;
    }
    paxPath = undefined;
    if ((type === '0' || type === '\0') && /^[^/]+\/package\.json$/.test(name)) return JSON.parse(body.toString('utf8'));
  }
  return undefined;
}

/**
 * Starts the registry. Returns { url, packages: [{ name, version, tarball, integrity }], requests, close }.
 * `requests` counts what was asked for, by kind, so the benchmark can tell whether a warm run downloaded.
 */
export async function startNpmRegistry(corpus) {
  const entries = readBenignManifest(corpus);
  const byName = new Map();
  const tarballs = new Map();
  const requests = { packument: 0, tarball: 0, other: 0 };
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).slice(1);
    const bytes = tarballs.get(path);
    if (bytes) {
      requests.tarball++;
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': bytes.length }).end(bytes);
      return;
    }
    const packument = byName.get(path);
    if (packument) {
      requests.packument++;
      const body = Buffer.from(JSON.stringify(packument));
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length }).end(body);
      return;
    }
    requests.other++;
    res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}/`;
  const packages = [];
  for (const e of entries) {
    const bytes = readFileSync(e.file);
    const manifest = packageJsonOf(bytes) ?? {};
    const base = e.name.replace(/^@[^/]+\//, '');
    const tarPath = `${e.name}/-/${base}-${e.version}.tgz`;
    const tarball = `${url}${tarPath}`;
    const integrity = `sha512-${createHash('sha512').update(bytes).digest('base64')}`;
    const shasum = createHash('sha1').update(bytes).digest('hex');
    tarballs.set(tarPath, bytes);
    // The corpus does not record publish times; a fixed, long-past date keeps "brand new package"
    // signals out of a benchmark about speed.
    const published = '2024-01-15T00:00:00.000Z';
    byName.set(e.name, {
      name: e.name,
      'dist-tags': { latest: e.version },
      versions: {
        [e.version]: { ...manifest, name: e.name, version: e.version, dist: { tarball, integrity, shasum } },
      },
      time: { created: '2018-01-01T00:00:00.000Z', modified: published, [e.version]: published },
      maintainers: Array.isArray(manifest.maintainers) ? manifest.maintainers : [{ name: 'maintainer' }],
    });
    packages.push({ name: e.name, version: e.version, tarball, integrity, bytes: bytes.length });
  }
  return {
    url,
    packages,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
