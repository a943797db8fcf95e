/**
 * Posting to the pull request: one review per run with line comments, and one sticky summary comment that is
 * edited in place. Endpoints (https://docs.github.com/en/rest/pulls/reviews, /rest/issues/comments):
 * GET/POST /repos/{o}/{r}/pulls/{n}/comments|reviews, GET/POST /repos/{o}/{r}/issues/{n}/comments,
 * PATCH /repos/{o}/{r}/issues/comments/{id}.
 *
 * Reruns must not repeat themselves: a comment whose fingerprint marker is already on the PR is skipped.
 * Review comments may only sit on lines of the diff (GitHub answers 422 otherwise), so comments outside
 * the diff, and any GitHub still refuses, go into the summary. The token may not be allowed to write (fork PRs under `pull_request`,
 * Dependabot): that is a warning with the way out, never a failed gate.
 */
import { externalError } from '../runtime/errors.js';
import type { Logger } from '../runtime/logger.js';
import type { ChangedFile } from './files.js';
import { statusOf, type GitHubClient } from './octokit.js';
import { FINDING_MARKER_RE, SUMMARY_MARKER, findingMarker, type ReviewComment } from './rendered.js';
import { commentableLines } from './diff-lines.js';

/** GitHub rejects comment bodies over 65,536 characters. */
export const COMMENT_LIMIT = 65_536;

export const CANNOT_WRITE_HELP =
  'The token cannot write to this pull request (fork pull requests under `pull_request` and Dependabot runs get ' +
  'a read-only token). Findings are still in the job summary, annotations and SARIF. To get PR comments, run ' +
  'Customs on `pull_request_target` (it reads the PR as data through the API and never checks it out), or use ' +
  'two workflows: scan on `pull_request` and upload the report, then post it from a `workflow_run` workflow. ' +
  'See docs/action.md.';

export interface PublishTarget {
  owner: string;
  repo: string;
  pullNumber: number;
  /** Head commit the review is attached to. */
  head: string;
}

export interface PublishInput {
  mode: 'review' | 'summary';
  summary: string;
  /**
   * Renders the summary again given the summary comment of the previous run (its hidden fingerprints say
   * which findings have since been resolved). Without it, `summary` is posted as it is.
   */
  resummarize?: (previousBody: string | undefined) => string;
  review: ReviewComment[];
  /** The PR's changed files with patches, to keep review comments on lines of the diff. */
  changed?: ChangedFile[];
}

export interface PublishResult {
  reviewComments: number;
  skippedExisting: number;
  movedToSummary: number;
  summaryComment?: { id: number; action: 'created' | 'updated' };
  /** False when the token was refused (403/404 on a write): nothing more was attempted. */
  wrote: boolean;
}

class CannotWrite extends Error {}

export async function publish(gh: GitHubClient, t: PublishTarget, input: PublishInput, log: Logger): Promise<PublishResult> {
  const result: PublishResult = { reviewComments: 0, skippedExisting: 0, movedToSummary: 0, wrote: true };
  const repo = { owner: t.owner, repo: t.repo };
  try {
    let moved: ReviewComment[] = [];
    if (input.mode === 'review' && input.review.length > 0) {
      const existing = await existingFingerprints(gh, t);
      const fresh = input.review.filter((c) => !existing.has(c.fingerprint));
      result.skippedExisting = input.review.length - fresh.length;
      const { inDiff, outside } = splitByDiff(fresh, input.changed);
      moved = outside;
      if (inDiff.length > 0) {
        const refused = await postReview(gh, t, inDiff, log);
        result.reviewComments = inDiff.length - refused.length;
        moved = [...moved, ...refused];
      }
      result.movedToSummary = moved.length;
    }
    const comments = await gh.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      ...repo,
      issue_number: t.pullNumber,
      per_page: 100,
    });
    const mine = comments.find((c) => (c.body ?? '').includes(SUMMARY_MARKER));
    const body = summaryBody(input.resummarize ? input.resummarize(mine?.body ?? undefined) : input.summary, moved);
    if (mine) {
      if (mine.body !== body) await write(() => gh.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...repo, comment_id: mine.id, body }));
      result.summaryComment = { id: mine.id, action: 'updated' };
    } else {
      const res = await write(() => gh.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...repo, issue_number: t.pullNumber, body }));
      result.summaryComment = { id: Number(res.data.id), action: 'created' };
    }
    log.info(
      `Pull request #${t.pullNumber}: ${result.reviewComments} review comment(s) posted, ${result.skippedExisting} already present, ` +
        `${result.movedToSummary} moved to the summary; summary comment ${result.summaryComment?.action}.`,
    );
  } catch (err) {
    if (!(err instanceof CannotWrite)) throw externalError(`Publishing to pull request #${t.pullNumber} failed: ${describe(err)}`, err);
    result.wrote = false;
    log.warning(`${err.message} ${CANNOT_WRITE_HELP}`);
  }
  return result;
}

async function existingFingerprints(gh: GitHubClient, t: PublishTarget): Promise<Set<string>> {
  const comments = await gh.paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/comments', {
    owner: t.owner,
    repo: t.repo,
    pull_number: t.pullNumber,
    per_page: 100,
  });
  const seen = new Set<string>();
  for (const c of comments) for (const m of c.body.matchAll(FINDING_MARKER_RE)) seen.add(m[1]!);
  return seen;
}

function splitByDiff(comments: ReviewComment[], changed: ChangedFile[] | undefined) {
  if (!changed) return { inDiff: comments, outside: [] as ReviewComment[] };
  const lines = new Map(changed.map((f) => [f.path, commentableLines(f.patch)]));
  const inDiff: ReviewComment[] = [];
  const outside: ReviewComment[] = [];
  for (const c of comments) (lines.get(c.path)?.has(c.line) ? inDiff : outside).push(c);
  return { inDiff, outside };
}

/**
 * Posts the comments as one review and returns those GitHub refused. The patch check above keeps comments on
 * the diff, so a 422 is rare (a stale head, a line GitHub resolves differently); then the batch is split in
 * halves until the refused comments are isolated, so one bad line does not cost the others their place.
 */
async function postReview(gh: GitHubClient, t: PublishTarget, comments: ReviewComment[], log: Logger): Promise<ReviewComment[]> {
  const body = `Customs found ${comments.length} new finding(s) in this pull request's dependencies. See the summary comment for the verdict.`;
  try {
    await write(() =>
      gh.request('POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews', {
        owner: t.owner,
        repo: t.repo,
        pull_number: t.pullNumber,
        commit_id: t.head,
        event: 'COMMENT',
        body,
        comments: comments.map((c) => ({
          path: c.path,
          line: c.line,
          side: 'RIGHT' as const,
          body: c.body.includes(findingMarker(c.fingerprint)) ? c.body : `${c.body}\n\n${findingMarker(c.fingerprint)}`,
        })),
      }),
    );
    return [];
  } catch (err) {
    if (statusOf(err) !== 422) throw err;
    if (comments.length === 1) {
      log.warning(`GitHub refused a review comment on ${comments[0]!.path} line ${comments[0]!.line} (HTTP 422: ${describe(err)}); it is listed in the summary comment instead.`);
      return comments;
    }
    const half = Math.ceil(comments.length / 2);
    return [...(await postReview(gh, t, comments.slice(0, half), log)), ...(await postReview(gh, t, comments.slice(half), log))];
  }
}

/** The summary plus the comments that could not sit on the diff, within GitHub's comment size limit. */
export function summaryBody(summary: string, moved: ReviewComment[]): string {
  let body = summary.includes(SUMMARY_MARKER) ? summary : `${SUMMARY_MARKER}\n${summary}`;
  if (moved.length > 0) {
    body += `\n\n### Findings on lines outside the diff\n\n`;
    body += moved.map((c) => `- \`${c.path}\` line ${c.line}: ${firstLine(c.body)}`).join('\n');
  }
  if (body.length <= COMMENT_LIMIT) return body;
  const note = '\n\n… summary truncated to fit GitHub’s comment limit; the job summary and SARIF have everything.';
  return body.slice(0, COMMENT_LIMIT - note.length) + note;
}

function firstLine(body: string): string {
  return (body.split('\n').find((l) => l.trim() && !l.startsWith('<!--')) ?? '').trim().slice(0, 300);
}

async function write<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    const status = statusOf(err);
    // A 403 that is a rate limit (after the throttling plugin gave up) is not a permission problem.
    if ((status === 403 && !/rate limit/i.test(describe(err))) || status === 404) throw new CannotWrite(`GitHub refused to post (HTTP ${status}: ${describe(err)}).`);
    throw err;
  }
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message.split('\n')[0]!.slice(0, 300) : String(err);
}
