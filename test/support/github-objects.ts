/**
 * Response objects of the GitHub stand-in, complete enough to pass GitHub's OpenAPI response schemas
 * (simple-user, pull-request-review, pull-request-review-comment, issue-comment, diff-entry, commit,
 * content-file), plus Link-header pagination (https://docs.github.com/en/rest/using-the-rest-api/using-pagination-in-the-rest-api).
 */
export interface StoredComment {
  id: number;
  /** PR / issue number. */
  issue: number;
  body: string;
  path?: string;
  line?: number;
  reviewId?: number;
  commitId?: string;
}

const NOW = '2026-01-01T00:00:00Z';

export function user(login = 'github-actions[bot]') {
  const u = `https://api.github.com/users/${encodeURIComponent(login)}`;
  return {
    login, id: 41898282, node_id: 'MDM6Qm90NDE4OTgyODI=', avatar_url: 'https://avatars.githubusercontent.com/in/15368', gravatar_id: '',
    url: u, html_url: `https://github.com/apps/github-actions`, followers_url: `${u}/followers`, following_url: `${u}/following{/other_user}`,
    gists_url: `${u}/gists{/gist_id}`, starred_url: `${u}/starred{/owner}{/repo}`, subscriptions_url: `${u}/subscriptions`,
    organizations_url: `${u}/orgs`, repos_url: `${u}/repos`, events_url: `${u}/events{/privacy}`, received_events_url: `${u}/received_events`,
    type: 'Bot', site_admin: false,
  };
}

export function reviewComment(base: string, c: StoredComment) {
  const url = `${base}/pulls/comments/${c.id}`;
  return {
    url, id: c.id, node_id: `PRRC_${c.id}`, pull_request_review_id: c.reviewId ?? null, diff_hunk: '@@ -1 +1 @@', path: c.path ?? '',
    position: c.line ?? 1, original_position: c.line ?? 1, line: c.line, side: 'RIGHT', commit_id: c.commitId ?? '0'.repeat(40),
    original_commit_id: c.commitId ?? '0'.repeat(40), user: user(), body: c.body, created_at: NOW, updated_at: NOW,
    html_url: `https://github.com/pull/${c.issue}#discussion_r${c.id}`, pull_request_url: `${base}/pulls/${c.issue}`,
    author_association: 'NONE', _links: { self: { href: url }, html: { href: url }, pull_request: { href: `${base}/pulls/${c.issue}` } },
  };
}

export function review(base: string, r: { id: number; pull: number; body: string; commit_id: string }) {
  return {
    id: r.id, node_id: `PRR_${r.id}`, user: user(), body: r.body, state: 'COMMENTED', html_url: `https://github.com/pull/${r.pull}#pullrequestreview-${r.id}`,
    pull_request_url: `${base}/pulls/${r.pull}`, _links: { html: { href: `https://github.com/pull/${r.pull}` }, pull_request: { href: `${base}/pulls/${r.pull}` } },
    submitted_at: NOW, commit_id: r.commit_id, author_association: 'NONE',
  };
}

export function issueComment(base: string, c: StoredComment) {
  return {
    id: c.id, node_id: `IC_${c.id}`, url: `${base}/issues/comments/${c.id}`, html_url: `https://github.com/issues/${c.issue}#issuecomment-${c.id}`,
    body: c.body, user: user(), created_at: NOW, updated_at: NOW, issue_url: `${base}/issues/${c.issue}`, author_association: 'NONE',
  };
}

export function diffEntry(base: string, f: { filename: string; status: string; patch?: string; previous_filename?: string }) {
  const adds = (f.patch ?? '').split('\n').filter((l) => l.startsWith('+')).length;
  const dels = (f.patch ?? '').split('\n').filter((l) => l.startsWith('-')).length;
  return {
    sha: '1'.repeat(40), filename: f.filename, status: f.status, additions: adds, deletions: dels, changes: adds + dels,
    blob_url: `https://github.com/blob/${encodeURI(f.filename)}`, raw_url: `https://github.com/raw/${encodeURI(f.filename)}`, contents_url: `${base}/contents/${encodeURI(f.filename)}`,
    ...(f.patch !== undefined ? { patch: f.patch } : {}), ...(f.previous_filename ? { previous_filename: f.previous_filename } : {}),
  };
}

export function commit(base: string, sha: string) {
  const who = { name: 'A', email: 'a@example.com', date: NOW };
  return {
    url: `${base}/commits/${sha}`, sha, node_id: `C_${sha}`, html_url: `https://github.com/commit/${sha}`, comments_url: `${base}/commits/${sha}/comments`,
    commit: { url: `${base}/git/commits/${sha}`, author: who, committer: who, message: 'change', comment_count: 0, tree: { sha, url: `${base}/git/trees/${sha}` } },
    author: user('a'), committer: user('a'), parents: [],
  };
}

/** Files up to 1 MB come base64-encoded; larger ones arrive with empty content and `encoding: none`. */
export function contentFile(base: string, path: string, text: string, sha: string, inline: boolean) {
  const enc = encodeURI(path);
  const url = `${base}/contents/${enc}`;
  return {
    type: 'file', encoding: inline ? 'base64' : 'none', size: Buffer.byteLength(text), name: path.split('/').pop(), path,
    content: inline ? Buffer.from(text).toString('base64') : '', sha, url, git_url: `${base}/git/blobs/${sha}`,
    html_url: `https://github.com/blob/${enc}`, download_url: `https://raw.example/${enc}`, _links: { git: `${base}/git/blobs/${sha}`, html: `https://github.com/blob/${enc}`, self: url },
  };
}

/** One page of `items` by `per_page`/`page`, with a Link header naming the next and last pages. */
export function paginate<T>(url: URL, q: Record<string, string>, items: T[]): { status: number; body: T[]; headers: Record<string, string> } {
  const per = Math.min(Number(q['per_page'] ?? 30), 100);
  const page = Number(q['page'] ?? 1);
  const last = Math.max(1, Math.ceil(items.length / per));
  const link = (n: number, rel: string) => {
    const u = new URL(url.href);
    u.searchParams.set('page', String(n));
    u.searchParams.set('per_page', String(per));
    return `<${u.href}>; rel="${rel}"`;
  };
  const links = page < last ? [link(page + 1, 'next'), link(last, 'last')] : [];
  return { status: 200, body: items.slice((page - 1) * per, page * per), headers: links.length ? { link: links.join(', ') } : {} };
}
