/**
 * A PEP 503 (HTML) + PEP 691 (JSON) simple index on 127.0.0.1, served from a folder the test builds with
 * writeIndexFolder(). Optionally a PyPI-style JSON API (`/pypi/<name>/<version>/json`), HTML only, a
 * required Authorization header, and canned responses for chosen paths (errors, malformed pages).
 */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface IndexFileSpec {
  filename: string;
  bytes: Uint8Array | string;
  /** true or a reason string. */
  yanked?: boolean | string;
  requiresPython?: string;
  uploadTime?: string;
  /** Core metadata text, served at `<file>.metadata` and announced per PEP 658/714. */
  coreMetadata?: string;
}

/** Project name (normalised) → its files. */
export type IndexDescription = Record<string, IndexFileSpec[]>;

interface StoredFile {
  filename: string;
  sha256: string;
  size: number;
  yanked?: boolean | string;
  requiresPython?: string;
  uploadTime?: string;
  coreMetadataSha256?: string;
}

/** Writes `files/<filename>` and `index.json` into a fresh tmp dir; returns the dir. */
export async function writeIndexFolder(desc: IndexDescription): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'customs-pypi-'));
  await mkdir(join(dir, 'files'));
  const stored: Record<string, StoredFile[]> = {};
  for (const [project, files] of Object.entries(desc)) {
    stored[project] = [];
    for (const f of files) {
      const bytes = typeof f.bytes === 'string' ? Buffer.from(f.bytes) : Buffer.from(f.bytes);
      await writeFile(join(dir, 'files', f.filename), bytes);
      const { bytes: _bytes, coreMetadata, ...rest } = f;
      const entry: StoredFile = { ...rest, sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length };
      if (coreMetadata !== undefined) {
        await writeFile(join(dir, 'files', `${f.filename}.metadata`), coreMetadata);
        entry.coreMetadataSha256 = createHash('sha256').update(coreMetadata).digest('hex');
      }
      stored[project].push(entry);
    }
  }
  await writeFile(join(dir, 'index.json'), JSON.stringify(stored));
  return dir;
}

export interface JsonApiProject {
  summary?: string;
  author?: string;
  author_email?: string;
  maintainer?: string;
  home_page?: string;
  project_urls?: Record<string, string>;
  requires_dist?: string[];
}

export interface PypiIndexOptions {
  /** 'negotiate' answers JSON or HTML by Accept (default); 'html' always HTML (a PEP 503-only index). */
  format?: 'negotiate' | 'html';
  /** Serves `/pypi/<project>/<version>/json` for the projects listed. */
  jsonApi?: Record<string, JsonApiProject>;
  /** When set, every request must carry exactly this Authorization header (401 otherwise). */
  requireAuthorization?: string;
  /** Path (e.g. `/simple/broken/`) → canned response. */
  overrides?: Record<string, { status: number; body: string; contentType?: string }>;
}

export interface RecordedRequest {
  path: string;
  accept?: string;
  authorization?: string;
}

export interface PypiIndexServer {
  /** Simple-API root, `http://127.0.0.1:<port>/simple/`. */
  indexUrl: string;
  /** JSON API root, `http://127.0.0.1:<port>/pypi`. */
  jsonApiUrl: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

function versionOf(filename: string): string {
  return filename.replace(/\.(whl|tar\.gz|zip)$/, '').split('-')[1] ?? '';
}

export async function startPypiIndex(folder: string, options: PypiIndexOptions = {}): Promise<PypiIndexServer> {
  const index = JSON.parse(await readFile(join(folder, 'index.json'), 'utf8')) as Record<string, StoredFile[]>;
  const requests: RecordedRequest[] = [];

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push({ path, accept: req.headers.accept, authorization: req.headers.authorization });
    const send = (status: number, body: string | Buffer, type = 'text/plain'): void => {
      res.writeHead(status, { 'content-type': type });
      res.end(body);
    };
    if (options.requireAuthorization && req.headers.authorization !== options.requireAuthorization) return send(401, 'unauthorized');
    const canned = options.overrides?.[path];
    if (canned) return send(canned.status, canned.body, canned.contentType);
    let m = /^\/simple\/([^/]+)\/$/.exec(path);
    if (m) {
      const files = index[m[1]!];
      if (!files) return send(404, 'not found');
      const wantsJson = options.format !== 'html' && /application\/vnd\.pypi\.simple\.v1\+json(?!\s*;\s*q=0(\.0*)?\b)/.test(req.headers.accept ?? '');
      if (wantsJson) {
        const body = {
          meta: { 'api-version': '1.1' },
          name: m[1],
          files: files.map((f) => ({
            filename: f.filename,
            url: `../../files/${encodeURIComponent(f.filename)}`,
            hashes: { sha256: f.sha256 },
            ...(f.requiresPython ? { 'requires-python': f.requiresPython } : {}),
            ...(f.yanked !== undefined ? { yanked: f.yanked } : {}),
            size: f.size,
            ...(f.uploadTime ? { 'upload-time': f.uploadTime } : {}),
            ...(f.coreMetadataSha256 ? { 'core-metadata': { sha256: f.coreMetadataSha256 } } : {}),
          })),
        };
        return send(200, JSON.stringify(body), 'application/vnd.pypi.simple.v1+json');
      }
      const links = files.map((f) => {
        const yanked = f.yanked === undefined || f.yanked === false ? '' : ` data-yanked="${f.yanked === true ? '' : escapeHtml(f.yanked)}"`;
        const rp = f.requiresPython ? ` data-requires-python="${escapeHtml(f.requiresPython)}"` : '';
        const core = f.coreMetadataSha256 ? ` data-dist-info-metadata="sha256=${f.coreMetadataSha256}" data-core-metadata="sha256=${f.coreMetadataSha256}"` : '';
        return `    <a href="../../files/${encodeURIComponent(f.filename)}#sha256=${f.sha256}"${rp}${yanked}${core}>${escapeHtml(f.filename)}</a><br/>`;
      });
      const html = `<!DOCTYPE html>\n<html>\n  <head><meta name="pypi:repository-version" content="1.0"><title>Links for ${m[1]}</title></head>\n  <body>\n    <h1>Links for ${m[1]}</h1>\n${links.join('\n')}\n  </body>\n</html>\n`;
      return send(200, html, 'text/html; charset=utf-8');
    }
    m = /^\/files\/([^/]+)$/.exec(path);
    if (m) {
      try {
        return send(200, await readFile(join(folder, 'files', m[1]!)), 'application/octet-stream');
      } catch {
        return send(404, 'not found');
      }
    }
    m = /^\/pypi\/([^/]+)\/([^/]+)\/json$/.exec(path);
    if (m && options.jsonApi) {
      const info = options.jsonApi[m[1]!];
      const files = (index[m[1]!] ?? []).filter((f) => versionOf(f.filename) === m![2]);
      if (!info || files.length === 0) return send(404, JSON.stringify({ message: 'Not Found' }), 'application/json');
      const yanked = files.every((f) => f.yanked !== undefined && f.yanked !== false);
      const body = {
        info: { name: m[1], version: m[2], yanked, yanked_reason: null, ...info },
        urls: files.map((f) => ({ filename: f.filename, digests: { sha256: f.sha256 }, upload_time_iso_8601: f.uploadTime ?? null })),
      };
      return send(200, JSON.stringify(body), 'application/json');
    }
    send(404, 'not found');
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      res.writeHead(500);
      res.end(String(err));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    indexUrl: `http://127.0.0.1:${port}/simple/`,
    jsonApiUrl: `http://127.0.0.1:${port}/pypi`,
    requests,
    close: () => new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve()))),
  };
}
