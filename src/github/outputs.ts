/**
 * What every run writes, token or not: step outputs, the job summary, and annotations.
 * Limits (https://docs.github.com/en/actions/reference/workflow-commands): a job summary holds at most
 * 1 MiB per step, and a step shows at most 10 error, 10 warning and 10 notice annotations, so the worst
 * findings go first and the rest are counted, not dropped silently.
 */
import * as core from '@actions/core';
import { severityRank, type Decision, type Severity } from '../model/finding.js';
import type { Logger } from '../runtime/logger.js';
import type { Annotation } from './rendered.js';

export const JOB_SUMMARY_LIMIT = 1024 * 1024;
export const ANNOTATIONS_PER_LEVEL = 10;

export interface RunOutputs {
  decision: Decision;
  findings: number;
  sarifFile: string;
  reportFile: string;
}

export function setOutputs(o: RunOutputs): void {
  core.setOutput('decision', o.decision);
  core.setOutput('findings', String(o.findings));
  core.setOutput('sarif-file', o.sarifFile);
  core.setOutput('report-file', o.reportFile);
}

/** Cuts markdown to the job-summary budget (bytes, not characters), saying so at the end. */
export function fitJobSummary(markdown: string, limit = JOB_SUMMARY_LIMIT): string {
  if (Buffer.byteLength(markdown, 'utf8') <= limit) return markdown;
  const note = '\n\n… truncated: the job summary is limited to 1 MiB. The SARIF and JSON reports have every finding.\n';
  const budget = limit - Buffer.byteLength(note, 'utf8');
  let cut = Buffer.from(markdown, 'utf8').subarray(0, budget).toString('utf8');
  if (cut.endsWith('\uFFFD')) cut = cut.slice(0, -1); // a multi-byte character split at the edge
  return cut + note;
}

export async function writeJobSummary(markdown: string): Promise<void> {
  // Without GITHUB_STEP_SUMMARY (a local run) core.summary throws; the CLI prints instead, so skip quietly.
  if (!process.env['GITHUB_STEP_SUMMARY']) return;
  await core.summary.addRaw(fitJobSummary(markdown), true).write();
}

type Level = 'error' | 'warning' | 'notice';
const levelOf = (s: Severity): Level => (s === 'critical' || s === 'high' ? 'error' : s === 'info' ? 'notice' : 'warning');

/** Emits the worst annotations first, at most ten per level; returns how many were left out per level. */
export function annotate(annotations: readonly Annotation[], log: Logger): Record<Level, number> {
  const sorted = [...annotations].sort((a, b) => severityRank(b.severity) - severityRank(a.severity));
  const used: Record<Level, number> = { error: 0, warning: 0, notice: 0 };
  const left: Record<Level, number> = { error: 0, warning: 0, notice: 0 };
  for (const a of sorted) {
    const level = levelOf(a.severity);
    if (used[level] >= ANNOTATIONS_PER_LEVEL) {
      left[level]++;
      continue;
    }
    used[level]++;
    const props = { title: a.title, file: a.file, startLine: Math.max(1, a.line) };
    if (level === 'error') core.error(a.message, props);
    else if (level === 'warning') core.warning(a.message, props);
    else core.notice(a.message, props);
  }
  const total = left.error + left.warning + left.notice;
  if (total > 0) {
    // Plain log line, not an annotation: an annotation here would take one of the ten slots itself.
    log.info(
      `${total} more finding(s) not annotated (GitHub shows at most ${ANNOTATIONS_PER_LEVEL} per level): ` +
        `${left.error} error, ${left.warning} warning, ${left.notice} notice. See the job summary or SARIF.`,
    );
  }
  return left;
}
