/**
 * The Action's run, from inputs to exit status. The scan and the rendering are injected (src/main.ts wires
 * the pipeline and the reporters), so this file only does the GitHub side: read inputs and event, build the
 * client and file access, write reports and outputs, post to the PR, set the exit status.
 *
 * Without a token, or with `comment: none`, no API request is made: files then come from the local checkout
 * through `localFiles` (with `comment: none` but no checkout, the API is still used to read files, read-only). Reports, outputs, job summary, annotations and the exit status are written always.
 */
import { severityRank, type Severity } from '../model/index.js';
import * as core from '@actions/core';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { ScanReport } from '../model/scan.js';
import { CustomsError, describeError, internalError, userError } from '../runtime/errors.js';
import type { Logger } from '../runtime/logger.js';
import { resolveTarget, type ScanTarget } from './event.js';
import { ApiRepoFiles, type RepoFiles } from './files.js';
import { parseInputs, type ActionInputs } from './inputs.js';
import { ActionsLogger } from './logger.js';
import { createClient, type ClientOptions, type GitHubClient } from './octokit.js';
import { annotate, setOutputs, writeJobSummary } from './outputs.js';
import { publish, type PublishResult } from './publish.js';
import type { Rendered } from './rendered.js';

export interface ActionDeps {
  /** The pipeline: base vs head through `files`. */
  scan(inputs: ActionInputs, files: RepoFiles, target: ScanTarget, log: Logger): Promise<ScanReport>;
  /** The reporters: report → what to post. */
  /** `previousSummary`: the sticky comment of the previous run, when there is one (for "resolved since"). */
  render(report: ScanReport, inputs: ActionInputs, previousSummary?: string): Rendered;
  /** File access without the API (a local checkout), used when there is no token. */
  localFiles?(target: ScanTarget): RepoFiles;
  log?: Logger;
  env?: NodeJS.ProcessEnv;
  /** Client options beyond token/baseUrl/log (tests shorten retry waits). */
  client?: Partial<ClientOptions>;
}

export interface RunResult {
  target?: ScanTarget;
  report?: ScanReport;
  published?: PublishResult;
  apiUsed: boolean;
}

export async function runAction(deps: ActionDeps): Promise<RunResult> {
  const env = deps.env ?? process.env;
  const log = deps.log ?? new ActionsLogger();
  const out: RunResult = { apiUsed: false };
  try {
    const inputs = parseInputs((name) => core.getInput(name), (s) => core.setSecret(s));
    const target = resolveTarget(await eventContext(env), { base: inputs.base, head: inputs.head });
    out.target = target;
    if (target.skip) {
      log.info(`Nothing to scan: ${target.skip}.`);
      setOutputs({ decision: 'pass', findings: 0, sarifFile: '', reportFile: '' });
      await writeJobSummary(`Customs: nothing to scan (${target.skip}).`);
      return out;
    }
    // `comment: none` promises no API traffic: read the checkout when there is one.
    const quiet = inputs.comment === 'none' && deps.localFiles !== undefined;
    const gh = inputs.token && !quiet ? client(inputs, env, log, deps) : undefined;
    const files = pickFiles(gh, target, log, deps);
    out.apiUsed = files instanceof ApiRepoFiles;
    const report = await log.group('Scan', () => deps.scan(inputs, files, target, log));
    out.report = report;
    const rendered = await log.group('Report', async () => {
      const r = deps.render(report, inputs);
      await writeJson(inputs.sarifFile, r.sarif);
      await writeJson(inputs.reportFile, r.json);
      // The `findings` output counts what the policy reports (at or above warn-on), not info-level notes.
      const threshold = report.warnOn ?? 'medium';
      const counted = (sev: Severity): boolean => threshold !== 'never' && severityRank(sev) >= severityRank(threshold);
      const findings = report.packages.reduce((n, p) => n + p.findings.filter((f) => counted(f.severity)).length, 0);
      setOutputs({ decision: report.decision, findings, sarifFile: inputs.sarifFile, reportFile: inputs.reportFile });
      await writeJobSummary(r.jobSummary);
      annotate(r.annotations, log);
      return r;
    });
    if (gh && inputs.comment !== 'none' && target.pullNumber) {
      const pr = { owner: target.owner, repo: target.repo, pullNumber: target.pullNumber, head: target.head };
      const mode = inputs.comment === 'review' ? 'review' : 'summary';
      out.published = await log.group('Publish', async () =>
        // The patches keep review comments on lines of the diff; summary mode needs none.
        publish(
          gh,
          pr,
          {
            mode,
            summary: rendered.summary,
            resummarize: (previous) => (previous === undefined ? rendered.summary : deps.render(report, inputs, previous).summary),
            review: rendered.review,
            changed: mode === 'review' ? await files.changed() : undefined,
          },
          log,
        ),
      );
    } else if (inputs.comment !== 'none') {
      log.info(gh ? `The '${target.event}' event has no pull request to comment on.` : 'No token: not commenting on the pull request.');
    }
    if (report.decision === 'fail') core.setFailed(`Customs: dependency changes failed the policy (fail-on: ${report.failOn}). See the summary.`);
    return out;
  } catch (err) {
    const e = err instanceof CustomsError ? err : internalError(`Unexpected error: ${describeError(err)}`, err);
    const who = e.kind === 'user' ? 'Configuration error' : e.kind === 'external' ? 'External service error' : 'Internal error (please report)';
    core.setFailed(`${who}: ${e.message}`);
    return out;
  }
}

async function eventContext(env: NodeJS.ProcessEnv) {
  const path = env['GITHUB_EVENT_PATH'];
  let payload: unknown = {};
  if (path) {
    try {
      payload = JSON.parse(await readFile(path, 'utf8'));
    } catch (err) {
      throw userError(`Cannot read the event payload ${path}: ${describeError(err)}`, err);
    }
  }
  return { eventName: env['GITHUB_EVENT_NAME'] ?? '', payload, repository: env['GITHUB_REPOSITORY'] ?? '', sha: env['GITHUB_SHA'] };
}

function client(inputs: ActionInputs, env: NodeJS.ProcessEnv, log: Logger, deps: ActionDeps): GitHubClient {
  return createClient({ ...deps.client, token: inputs.token, baseUrl: env['GITHUB_API_URL'], log });
}

function pickFiles(gh: GitHubClient | undefined, target: ScanTarget, log: Logger, deps: ActionDeps): RepoFiles {
  if (gh) return new ApiRepoFiles(gh, { owner: target.owner, repo: target.repo, base: target.base, head: target.head, pullNumber: target.pullNumber, log });
  if (deps.localFiles) return deps.localFiles(target);
  throw userError('No token and no local checkout to read files from: pass `token` (default: github.token) or check out the repository.');
}

async function writeJson(path: string, value: object): Promise<void> {
  if (!path) return;
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, JSON.stringify(value, null, 2) + '\n');
  } catch (err) {
    throw userError(`Cannot write ${path}: ${describeError(err)}`, err);
  }
}
