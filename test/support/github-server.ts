/**
 * A GitHub REST stand-in on 127.0.0.1 with in-memory state: pull request files, compare, contents, blobs,
 * trees, review comments, reviews and issue comments. Every request and response is checked against GitHub's
 * OpenAPI description (github-openapi.ts): an unknown endpoint, a bad parameter or body, or a response that
 * does not match the schema is recorded in `violations` — tests assert it stays empty.
 * Faults: secondary rate limit (403 + retry-after), 5xx, 422 on chosen lines, read-only token (403 on writes).
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { OpenApiChecker } from './github-openapi.js';
import { user, reviewComment, review, issueComment, diffEntry, commit, contentFile, paginate, type StoredComment } from './github-objects.js';

export interface FakeDiffFile {
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed';
  patch?: string;
  previous_filename?: string;
}

export interface FakeRepo {
  owner: string;
  repo: string;
  /** Commit SHA or ref name → path → text. */
  commits: Record<string, Record<string, string>>;
  pulls?: Record<number, { files: FakeDiffFile[] }>;
  /** `base...head` → changed files. */
  compares?: Record<string, FakeDiffFile[]>;
}

export interface Fault {
  /** `METHOD /path` prefix of the request, e.g. `GET /repos/o/r/compare/`. */
  match: string;
  status: number;
  /** Sends GitHub's secondary-rate-limit message with this `retry-after` (seconds). */
  secondaryRetryAfter?: number;
  times?: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  status: number;
  authorization?: string;
}

let checker: OpenApiChecker | undefined;
/** Parsing the 13 MB description takes seconds: once per test file. */
export const openApi = (): OpenApiChecker => (checker ??= new OpenApiChecker());

const LARGE_FILE = 1024 * 1024;

export class GitHubStandIn {
  readonly requests: RecordedRequest[] = [];
  readonly violations: string[] = [];
  readonly reviews: { id: number; pull: number; body: string; event: string; commit_id: string }[] = [];
  readonly reviewComments: StoredComment[] = [];
  readonly issueComments: StoredComment[] = [];
  /** 403 on every write, as for a fork PR's read-only token. */
  readOnly = false;
  /** Lines (`path:line`) GitHub will refuse review comments on, beyond lines outside the diff. */
  readonly rejectLines = new Set<string>();
  private readonly faults: (Fault & { times: number })[] = [];
  private readonly blobs = new Map<string, string>();
  private nextId = 1000;
  url = '';
  private prefix = '';
  private server?: Server;

  /** Between tests: the contract violations recorded so far (tests assert none), with the request log cleared. */
  takeViolations(): string[] {
    this.requests.length = 0;
    return this.violations.splice(0);
  }

  constructor(readonly state: FakeRepo) {
    for (const files of Object.values(state.commits)) for (const text of Object.values(files)) this.blobs.set(blobSha(text), text);
  }

  /** `prefix`: serve under a path, as GitHub Enterprise Server does (`/api/v3`). */
  static async start(state: FakeRepo, opts: { prefix?: string } = {}): Promise<GitHubStandIn> {
    const s = new GitHubStandIn(state);
    s.prefix = opts.prefix ?? '';
    openApi();
    s.server = createServer((req, res) => {
      s.handle(req, res).catch((err: unknown) => {
        // A stand-in bug or a schema the checker cannot compile must fail the test, not hang the client.
        s.violations.push(`${req.method} ${req.url}: stand-in error: ${err instanceof Error ? err.message : String(err)}`);
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
        res.end('{"message":"stand-in error"}');
      });
    });
    await new Promise<void>((resolve) => s.server!.listen(0, '127.0.0.1', resolve));
    s.url = `http://127.0.0.1:${(s.server.address() as AddressInfo).port}`;
    return s;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  fault(f: Fault): void {
    this.faults.push({ times: 1, ...f });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const requested = url.pathname;
    if (this.prefix) {
      if (!url.pathname.startsWith(`${this.prefix}/`)) this.violations.push(`${req.method} ${url.pathname}: outside the API prefix ${this.prefix}`);
      url.pathname = url.pathname.slice(this.prefix.length);
    }
    const method = req.method ?? 'GET';
    const query = Object.fromEntries(url.searchParams);
    const raw = await new Promise<string>((resolve) => {
      let data = '';
      req.setEncoding('utf8').on('data', (c: string) => (data += c)).on('end', () => resolve(data));
    });
    let body: unknown;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      this.violations.push(`${method} ${url.pathname}: body is not JSON`);
    }
    const rec: RecordedRequest = { method, path: requested, query, body, status: 0, authorization: req.headers.authorization };
    this.requests.push(rec);
    const send = (status: number, payload?: unknown, headers: Record<string, string> = {}) => {
      rec.status = status;
      if (op) for (const p of openApi().checkResponse(op, status, payload)) this.violations.push(`${method} ${url.pathname} → ${status}: ${p}`);
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(payload === undefined ? '' : JSON.stringify(payload));
    };
    const op = openApi().match(method, url.pathname);
    if (!op) {
      this.violations.push(`${method} ${url.pathname}: no such operation in GitHub's OpenAPI description`);
      return send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
    }
    for (const p of openApi().checkRequest(op, query, body)) this.violations.push(`${method} ${op.template}: ${p}`);
    const fault = this.faults.find((f) => f.times > 0 && `${method} ${url.pathname}`.startsWith(f.match));
    if (fault) {
      fault.times--;
      if (fault.secondaryRetryAfter !== undefined) {
        return send(403, { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits' }, { 'retry-after': String(fault.secondaryRetryAfter) });
      }
      return send(fault.status, { message: 'Server Error', documentation_url: 'https://docs.github.com/rest' });
    }
    if (method !== 'GET' && this.readOnly) {
      return send(403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' });
    }
    const r = this.route(op.template, method, op.params, query, body, url);
    send(r.status, r.body, r.headers);
  }

  private route(t: string, method: string, p: Record<string, string>, q: Record<string, string>, body: unknown, url: URL): { status: number; body?: unknown; headers?: Record<string, string> } {
    const base = `${this.url}/repos/${p['owner']}/${p['repo']}`;
    const notFound = { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } };
    if (p['owner'] !== this.state.owner || p['repo'] !== this.state.repo) return notFound;
    const n = Number(p['pull_number'] ?? p['issue_number']);
    const b = (body ?? {}) as Record<string, unknown>;
    switch (`${method} ${t}`) {
      case 'GET /repos/{owner}/{repo}/pulls/{pull_number}/files': {
        const files = this.state.pulls?.[n]?.files;
        if (!files) return notFound;
        return paginate(url, q, files.map((f) => diffEntry(base, f)));
      }
      case 'GET /repos/{owner}/{repo}/compare/{basehead}':
      case 'GET /repos/{owner}/{repo}/compare/{base}...{head}': {
        const key = p['basehead'] ?? `${p['base']}...${p['head']}`;
        const files = this.state.compares?.[key];
        if (!files) return notFound;
        const page = paginate(url, q, files.map((f) => diffEntry(base, f)));
        const [from, to] = key.split('...');
        const cmp = { url: `${base}/compare/${key}`, html_url: `${base}/compare/${key}`, permalink_url: `${base}/compare/${key}`, diff_url: `${base}/compare/${key}.diff`, patch_url: `${base}/compare/${key}.patch`, base_commit: commit(base, from!), merge_base_commit: commit(base, from!), status: 'ahead', ahead_by: 1, behind_by: 0, total_commits: 1, commits: [commit(base, to!)], files: page.body };
        return { ...page, body: cmp };
      }
      case 'GET /repos/{owner}/{repo}/contents/{path}': {
        const text = this.state.commits[q['ref'] ?? 'main']?.[p['path']!];
        if (text === undefined) return notFound;
        return { status: 200, body: contentFile(base, p['path']!, text, blobSha(text), Buffer.byteLength(text) <= LARGE_FILE) };
      }
      case 'GET /repos/{owner}/{repo}/git/blobs/{file_sha}': {
        const text = this.blobs.get(p['file_sha']!);
        if (text === undefined) return notFound;
        return { status: 200, body: { sha: p['file_sha'], node_id: 'B_1', url: `${base}/git/blobs/${p['file_sha']}`, size: Buffer.byteLength(text), content: Buffer.from(text).toString('base64'), encoding: 'base64' } };
      }
      case 'GET /repos/{owner}/{repo}/git/trees/{tree_sha}': {
        const files = this.state.commits[p['tree_sha']!];
        if (!files) return notFound;
        const tree = Object.entries(files).map(([path, text]) => ({ path, mode: '100644', type: 'blob', sha: blobSha(text), size: Buffer.byteLength(text), url: `${base}/git/blobs/${blobSha(text)}` }));
        return { status: 200, body: { sha: p['tree_sha'], url: `${base}/git/trees/${p['tree_sha']}`, truncated: false, tree } };
      }
      case 'GET /repos/{owner}/{repo}/pulls/{pull_number}/comments':
        return paginate(url, q, this.reviewComments.filter((c) => c.issue === n).map((c) => reviewComment(base, c)));
      case 'POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews': {
        const comments = (b['comments'] ?? []) as { path: string; line: number; body: string }[];
        const files = this.state.pulls?.[n]?.files ?? [];
        const onDiff = (c: { path: string; line: number }) => rightLines(files.find((f) => f.filename === c.path)?.patch).has(c.line);
        const bad = comments.find((c) => this.rejectLines.has(`${c.path}:${c.line}`) || !onDiff(c));
        if (bad) return { status: 422, body: { message: 'Unprocessable Entity', documentation_url: 'https://docs.github.com/rest', errors: ['Pull request review thread line must be part of the diff'] } };
        const r = { id: this.nextId++, pull: n, body: String(b['body'] ?? ''), event: String(b['event'] ?? ''), commit_id: String(b['commit_id'] ?? '') };
        this.reviews.push(r);
        for (const c of comments) this.reviewComments.push({ id: this.nextId++, issue: n, body: c.body, path: c.path, line: c.line, reviewId: r.id, commitId: r.commit_id });
        return { status: 200, body: review(base, r) };
      }
      case 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments':
        return paginate(url, q, this.issueComments.filter((c) => c.issue === n).map((c) => issueComment(base, c)));
      case 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments': {
        const c: StoredComment = { id: this.nextId++, issue: n, body: String(b['body']) };
        this.issueComments.push(c);
        return { status: 201, body: issueComment(base, c) };
      }
      case 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}': {
        const c = this.issueComments.find((x) => x.id === Number(p['comment_id']));
        if (!c) return notFound;
        c.body = String(b['body']);
        return { status: 200, body: issueComment(base, c) };
      }
      default:
        this.violations.push(`${method} ${t}: the stand-in does not implement this operation`);
        return { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } };
    }
  }
}

export { user };

/** Head-side line numbers a patch shows (added and context lines), as GitHub checks review comments. */
function rightLines(patch: string | undefined): Set<number> {
  const out = new Set<number>();
  let line = -1;
  for (const l of (patch ?? '').split('\n')) {
    const h = /^@@ -\S+ \+(\d+)/.exec(l);
    if (h) line = Number(h[1]);
    else if (line >= 0 && (l.startsWith('+') || l.startsWith(' '))) out.add(line++);
  }
  return out;
}

/** Git's blob id: sha1 over `blob <size>\0<content>`. */
export function blobSha(text: string): string {
  const bytes = Buffer.from(text, 'utf8');
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}
