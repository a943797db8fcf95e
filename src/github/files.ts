/**
 * Repository files at two commits, read through the REST API so no checkout is needed (and, under
 * pull_request_target, no PR code ever lands on disk). The RepoFiles interface is what the pipeline uses;
 * a local-git implementation lives outside src/github.
 *
 * Endpoints (https://docs.github.com/en/rest):
 * - changed files: GET /repos/{o}/{r}/pulls/{n}/files (PRs, up to 3000 files) or
 *   GET /repos/{o}/{r}/compare/{base}...{head} (paged; the first page holds up to 300 files)
 * - contents: GET /repos/{o}/{r}/contents/{path}?ref= — base64 up to 1 MB; for 1–100 MB files the content
 *   is empty with `encoding: none`, so we fall back to GET /repos/{o}/{r}/git/blobs/{sha}
 * - all files at a commit: GET /repos/{o}/{r}/git/trees/{ref}?recursive=1
 */
import { externalError } from '../runtime/errors.js';
import type { Logger } from '../runtime/logger.js';
import { statusOf, type GitHubClient } from './octokit.js';

export interface ChangedFile {
  path: string;
  /** Unified diff of the file (absent for binary or very large diffs). */
  patch?: string;
  status?: string;
  previousPath?: string;
}

export interface RepoFiles {
  /** Every file path at `ref` (repository-relative, `/` separators). */
  list(ref: string): Promise<string[]>;
  /** The file's text at `ref`, or undefined when it does not exist there. */
  read(ref: string, path: string): Promise<string | undefined>;
  /** Files the change touches, with their patches where GitHub provides them. */
  changed(): Promise<ChangedFile[]>;
}

export interface ApiRepoFilesOptions {
  owner: string;
  repo: string;
  base: string;
  head: string;
  pullNumber?: number;
  log: Logger;
  /** Page size for list endpoints (tests use small pages to exercise pagination). */
  perPage?: number;
}

interface DiffEntry {
  filename: string;
  status: string;
  patch?: string;
  previous_filename?: string;
}

export class ApiRepoFiles implements RepoFiles {
  private readonly perPage: number;
  constructor(
    private readonly gh: GitHubClient,
    private readonly o: ApiRepoFilesOptions,
  ) {
    this.perPage = o.perPage ?? 100;
  }

  async list(ref: string): Promise<string[]> {
    const res = await this.call(`listing the files at ${ref}`, () =>
      this.gh.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', {
        owner: this.o.owner,
        repo: this.o.repo,
        tree_sha: ref,
        recursive: '1',
      }),
    );
    if (res.data.truncated) {
      // GitHub caps recursive trees (100,000 entries / 7 MB); manifests beyond the cap go unseen, so say so.
      this.o.log.warning(`The file tree at ${ref} is too large for one API call; some manifests may not be scanned.`);
    }
    return res.data.tree.filter((e) => e.type === 'blob' && e.path).map((e) => e.path!);
  }

  async read(ref: string, path: string): Promise<string | undefined> {
    let data: unknown;
    try {
      const res = await this.gh.request('GET /repos/{owner}/{repo}/contents/{path}', {
        owner: this.o.owner,
        repo: this.o.repo,
        path,
        ref,
      });
      data = res.data;
    } catch (err) {
      if (statusOf(err) === 404) return undefined;
      throw apiError(`reading ${path} at ${ref}`, err);
    }
    if (Array.isArray(data) || !data || typeof data !== 'object') return undefined; // a directory
    const file = data as { type?: string; content?: string; encoding?: string; sha?: string };
    if (file.type !== 'file') return undefined; // symlink or submodule: not a manifest we can read
    if (file.encoding === 'base64' && file.content) return Buffer.from(file.content, 'base64').toString('utf8');
    if (file.sha && file.encoding !== 'base64') return this.blob(file.sha, path, ref);
    return file.content === '' ? '' : undefined;
  }

  private async blob(sha: string, path: string, ref: string): Promise<string> {
    this.o.log.debug(`${path} at ${ref} is over 1 MB; reading it as git blob ${sha}.`);
    const res = await this.call(`reading ${path} at ${ref} (blob ${sha})`, () =>
      this.gh.request('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', {
        owner: this.o.owner,
        repo: this.o.repo,
        file_sha: sha,
      }),
    );
    const enc = res.data.encoding === 'base64' ? 'base64' : 'utf8';
    return Buffer.from(res.data.content, enc).toString('utf8');
  }

  async changed(): Promise<ChangedFile[]> {
    const entries = this.o.pullNumber ? await this.prFiles(this.o.pullNumber) : await this.compareFiles();
    return entries.map((e) => {
      const out: ChangedFile = { path: e.filename, status: e.status };
      if (e.patch !== undefined) out.patch = e.patch;
      if (e.previous_filename) out.previousPath = e.previous_filename;
      return out;
    });
  }

  private async prFiles(n: number): Promise<DiffEntry[]> {
    return this.call(`listing the files of pull request #${n}`, () =>
      this.gh.paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
        owner: this.o.owner,
        repo: this.o.repo,
        pull_number: n,
        per_page: this.perPage,
      }),
    );
  }

  /** The compare response is an object, not a list, so octokit.paginate cannot merge it: follow Link ourselves. */
  private async compareFiles(): Promise<DiffEntry[]> {
    const files: DiffEntry[] = [];
    const basehead = `${this.o.base}...${this.o.head}`;
    for (let page = 1; page <= 100; page++) {
      const res = await this.call(`comparing ${basehead}`, () =>
        this.gh.request('GET /repos/{owner}/{repo}/compare/{basehead}', {
          owner: this.o.owner,
          repo: this.o.repo,
          basehead,
          per_page: this.perPage,
          page,
        }),
      );
      files.push(...((res.data.files ?? []) as DiffEntry[]));
      if (!/rel="next"/.test(String(res.headers.link ?? ''))) return files;
    }
    this.o.log.warning(`Comparing ${basehead}: stopped after 100 pages of changed files.`);
    return files;
  }

  private async call<T>(what: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      throw apiError(what, err);
    }
  }
}

function apiError(what: string, err: unknown) {
  const status = statusOf(err);
  const detail = err instanceof Error ? err.message : String(err);
  return externalError(`GitHub API failed while ${what}${status ? ` (HTTP ${status})` : ''}: ${detail}`, err);
}
