/**
 * What the pure reporters (src/report/) hand to src/github to post. Declared here as a small interface so the
 * GitHub side does not depend on the reporters' function names; the entry point adapts one to the other.
 */
import type { Severity } from '../model/finding.js';

/** Hidden marker of the sticky summary comment (found and edited in place on every run). */
export const SUMMARY_MARKER = '<!-- customs:summary -->';
/** Hidden marker of a review comment; the fingerprint identifies a finding across runs. */
export const findingMarker = (fingerprint: string): string => `<!-- customs:finding ${fingerprint} -->`;
export const FINDING_MARKER_RE = /<!-- customs:finding (\S+) -->/g;

export interface ReviewComment {
  /** Repository-relative manifest path. */
  path: string;
  /** 1-based line in the head version of the file (side RIGHT). */
  line: number;
  body: string;
  fingerprint: string;
}

export interface Annotation {
  severity: Severity;
  file: string;
  line: number;
  title: string;
  message: string;
}

export interface Rendered {
  /** Markdown of the sticky PR comment. */
  summary: string;
  /** Markdown for the workflow run's job summary. */
  jobSummary: string;
  review: ReviewComment[];
  annotations: Annotation[];
  sarif: object;
  json: object;
}
