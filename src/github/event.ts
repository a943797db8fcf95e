/**
 * What to compare, from the workflow event. Payload shapes:
 * https://docs.github.com/en/webhooks/webhook-events-and-payloads
 *
 * - pull_request / pull_request_target: `pull_request.base.sha` vs `pull_request.head.sha`, PR number for
 *   comments. Under pull_request_target the files are read as data through the API: nothing is checked out.
 * - merge_group: `merge_group.base_sha` vs `merge_group.head_sha` (no PR number: no comments).
 * - push: `before` vs `after`. A new branch has an all-zero `before`; we then compare against the
 *   repository's default branch (the compare API's three-dot form uses the merge base, so only the branch's
 *   own commits count). A first push to the default branch itself, or a branch deletion, has nothing to
 *   compare: the target is skipped with a reason instead of reporting every dependency as new.
 * - workflow_dispatch (and any other event): the `base` and `head` inputs are required.
 *
 * The `base`/`head` inputs override whatever the event says.
 */
import { userError } from '../runtime/errors.js';

export interface ScanTarget {
  event: string;
  owner: string;
  repo: string;
  base: string;
  head: string;
  /** Set for pull_request and pull_request_target: where review and summary comments go. */
  pullNumber?: number;
  /** Why there is nothing to compare; base/head are then ''. */
  skip?: string;
}

const ZERO_SHA = /^0+$/;

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v && typeof v === 'object' ? (v as Json) : {});
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

export interface EventContext {
  eventName: string;
  payload: unknown;
  /** `GITHUB_REPOSITORY` (`owner/repo`). */
  repository: string;
  /** `GITHUB_SHA`, used as head for events without one. */
  sha?: string;
}

export function resolveTarget(ctx: EventContext, override: { base: string; head: string }): ScanTarget {
  const payload = obj(ctx.payload);
  const full = ctx.repository || str(obj(payload['repository'])['full_name']);
  const [owner = '', repo = ''] = full.split('/');
  if (!owner || !repo) throw userError(`GITHUB_REPOSITORY is '${full}', expected 'owner/repo'.`);
  const fromEvent = eventRange(ctx, payload);
  const target: ScanTarget = { event: ctx.eventName, owner, repo, ...fromEvent };
  if (override.base) target.base = override.base;
  if (override.head) target.head = override.head;
  if (override.base || override.head) delete target.skip;
  if (!target.skip && (!target.base || !target.head)) {
    const missing = [!target.base && 'base', !target.head && 'head'].filter(Boolean).join(' and ');
    throw userError(
      `The '${ctx.eventName}' event does not say what to compare: set the ${missing} input${missing.includes('and') ? 's' : ''} ` +
        `(a commit SHA or ref).`,
    );
  }
  return target;
}

function eventRange(ctx: EventContext, payload: Json): Omit<ScanTarget, 'event' | 'owner' | 'repo'> {
  switch (ctx.eventName) {
    case 'pull_request':
    case 'pull_request_target': {
      const pr = obj(payload['pull_request']);
      const num = typeof pr['number'] === 'number' ? pr['number'] : Number(payload['number']);
      const out = { base: str(obj(pr['base'])['sha']), head: str(obj(pr['head'])['sha']) };
      return Number.isInteger(num) && num > 0 ? { ...out, pullNumber: num } : out;
    }
    case 'merge_group': {
      const mg = obj(payload['merge_group']);
      return { base: str(mg['base_sha']), head: str(mg['head_sha']) };
    }
    case 'push': {
      const before = str(payload['before']);
      const after = str(payload['after']) || ctx.sha || '';
      if (payload['deleted'] === true || ZERO_SHA.test(after)) {
        return { base: '', head: '', skip: 'the push deleted a branch' };
      }
      if (!ZERO_SHA.test(before)) return { base: before, head: after };
      const defaultBranch = str(obj(payload['repository'])['default_branch']);
      const pushed = str(payload['ref']).replace(/^refs\/heads\//, '');
      if (!defaultBranch || pushed === defaultBranch) {
        return { base: '', head: after, skip: 'first push of the default branch: no earlier state to compare with' };
      }
      return { base: defaultBranch, head: after };
    }
    default:
      // workflow_dispatch, schedule, …: only the inputs can say; both are required.
      return { base: '', head: '' };
  }
}
