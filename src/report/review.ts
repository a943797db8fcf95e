/**
 * Inline review comments for a scan: one per failing or warning package, on the manifest or lockfile line
 * that brought it in. GitHub only accepts review comments on lines inside the pull request's diff
 * (https://docs.github.com/en/rest/pulls/comments#create-a-review-comment-for-a-pull-request), so the
 * payloads are split into those that can go inline and those left for the summary; comments already posted
 * (found by the hidden fingerprint marker) are not posted again.
 */
import type { PackageRef, PackageResult, ScanReport } from '../model/index.js';
import { truncate } from './markdown-safe.js';
import { DEFAULT_DETAIL, fingerprintOf, packageDetails, reportDay, type DetailOptions } from './package-details.js';

/** GitHub rejects comment bodies over 65,536 characters. */
export const REVIEW_BODY_BUDGET = 65_536;

export interface ReviewCommentPayload {
  path: string;
  line: number;
  side: 'RIGHT';
  body: string;
}

export interface ReviewFinding {
  /** See fingerprint.ts: stable per package name + version + rule ids. */
  fingerprint: string;
  ref: PackageRef;
  comment: ReviewCommentPayload;
}

export interface ReviewOptions {
  rulesUrl?: (ruleId: string) => string;
  today?: string;
}

export function findingMarker(fingerprint: string): string {
  return `<!-- customs:finding ${fingerprint} -->`;
}

/** Fingerprints in the markers of bodies already posted (review comments or the summary). */
export function postedFingerprints(bodies: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const body of bodies) for (const m of body.matchAll(/<!-- customs:finding ([0-9a-f]{16}) -->/g)) out.add(m[1]!);
  return out;
}

function body(p: PackageResult, fingerprint: string, o: DetailOptions): string {
  const marker = findingMarker(fingerprint);
  const full = `${marker}\n${packageDetails(p, o, '')}\n`;
  if (full.length <= REVIEW_BODY_BUDGET) return full;
  const lean = `${marker}\n${packageDetails(p, { ...o, snippets: false, maxFindings: 20 }, '')}\n_Snippets left out to fit GitHub's comment size limit._\n`;
  if (lean.length <= REVIEW_BODY_BUDGET) return lean;
  return `${marker}\n${truncate(lean.slice(marker.length + 1), REVIEW_BODY_BUDGET - marker.length - 1)}`;
}

/** One payload per failing/warning package, in report order. */
export function reviewFindings(report: ScanReport, options: ReviewOptions = {}): ReviewFinding[] {
  const o: DetailOptions = { ...DEFAULT_DETAIL, rulesUrl: options.rulesUrl ?? ((id) => `docs/rules/${id}.md`), today: options.today ?? reportDay(report) };
  return report.packages
    .filter((p) => p.decision !== 'pass')
    .map((p) => {
      const fingerprint = fingerprintOf(p);
      return { fingerprint, ref: p.ref, comment: { path: p.change.source.file, line: p.change.source.line, side: 'RIGHT' as const, body: body(p, fingerprint, o) } };
    });
}

/**
 * Lines of the new file (RIGHT side) a unified diff shows: added and context lines of every hunk.
 * Hunk headers per https://www.gnu.org/software/diffutils/manual/html_node/Detailed-Unified.html.
 */
export function diffLinesFromPatch(patch: string): Set<number> {
  const lines = new Set<number>();
  let next = 0;
  let left = 0; // lines still expected in the current hunk (new side)
  let oldLeft = 0;
  for (const raw of patch.split('\n')) {
    const header = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(raw);
    if (header) {
      oldLeft = header[1] === undefined ? 1 : Number(header[1]);
      next = Number(header[2]);
      left = header[3] === undefined ? 1 : Number(header[3]);
      continue;
    }
    if (left <= 0 && oldLeft <= 0) continue; // outside a hunk: file headers, `diff --git`, trailing text
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.startsWith('\\')) continue; // "\ No newline at end of file"
    if (line.startsWith('+')) {
      lines.add(next++);
      left--;
    } else if (line.startsWith('-')) oldLeft--;
    else if (line.startsWith(' ') || line === '') {
      lines.add(next++);
      left--;
      oldLeft--;
    }
  }
  return lines;
}

export interface ReviewSplit {
  inline: ReviewFinding[];
  /** Not on a line of the diff (or on line 0, the whole file): shown in the summary instead. */
  leftover: ReviewFinding[];
  /** Already posted in an earlier run (same fingerprint): neither posted again nor repeated. */
  repeated: ReviewFinding[];
}

/** Splits payloads by whether GitHub will accept them inline, dropping those already posted. */
export function splitReview(findings: readonly ReviewFinding[], diffLines: ReadonlyMap<string, ReadonlySet<number>>, posted: ReadonlySet<string> = new Set()): ReviewSplit {
  const split: ReviewSplit = { inline: [], leftover: [], repeated: [] };
  const seen = new Set<string>();
  for (const f of findings) {
    if (posted.has(f.fingerprint) || seen.has(f.fingerprint)) {
      split.repeated.push(f);
      continue;
    }
    seen.add(f.fingerprint);
    const lines = diffLines.get(f.comment.path);
    if (f.comment.line > 0 && lines?.has(f.comment.line)) split.inline.push(f);
    else split.leftover.push(f);
  }
  return split;
}
