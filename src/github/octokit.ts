/**
 * The REST client: @octokit/rest with retry (5xx, network) and throttling (primary and secondary rate limits,
 * https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api). Retries are bounded so a
 * run never hangs on a limit: a scan is better reported late than waited on for an hour.
 */
import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { Logger } from '../runtime/logger.js';

const Client = Octokit.plugin(retry, throttling);
export type GitHubClient = InstanceType<typeof Client>;

export interface ClientOptions {
  token: string;
  /** `GITHUB_API_URL` (GitHub Enterprise Server: `https://HOST/api/v3`); default api.github.com. */
  baseUrl?: string;
  log: Logger;
  /** Longest `retry-after` (seconds) we are willing to wait for; longer limits fail the request. */
  maxWaitSeconds?: number;
  /** Milliseconds per `retry-after` second and retry back-off unit; tests shrink it. */
  retryUnitMs?: number;
  /**
   * Bottleneck groups replacing the plugin's write/notification pacing (1 s and 3 s between writes, shared
   * by every client in the process). Tests pass unpaced groups; the Action keeps GitHub's recommended pacing.
   */
  pacing?: { write?: unknown; notifications?: unknown };
}

export const DEFAULT_API_URL = 'https://api.github.com';

export function createClient(opts: ClientOptions): GitHubClient {
  const maxWait = opts.maxWaitSeconds ?? 120;
  const unit = opts.retryUnitMs ?? 1000;
  const log = opts.log;
  return new Client({
    auth: opts.token,
    baseUrl: (opts.baseUrl || DEFAULT_API_URL).replace(/\/+$/, ''),
    userAgent: 'customs-action',
    log: {
      // Octokit's own log lines may carry request URLs but never the token (it is sent as a header only).
      debug: (m: string) => log.debug(m),
      info: (m: string) => log.debug(m),
      warn: (m: string) => log.debug(m),
      error: (m: string) => log.debug(m),
    },
    retry: { retries: 2, retryAfterBaseValue: unit, doNotRetry: [400, 401, 403, 404, 410, 422, 451] },
    throttle: {
      ...(opts.pacing as object),
      retryAfterBaseValue: unit,
      fallbackSecondaryRateRetryAfter: 60,
      onRateLimit: (retryAfter, options, _octokit, retryCount) => {
        const again = retryCount < 1 && retryAfter <= maxWait;
        log.warning(`GitHub API rate limit hit on ${options.method} ${options.url}; ${again ? `retrying in ${retryAfter}s` : 'giving up'}.`);
        return again;
      },
      onSecondaryRateLimit: (retryAfter, options, _octokit, retryCount) => {
        const again = retryCount < 2 && retryAfter <= maxWait;
        log.warning(
          `GitHub API secondary rate limit on ${options.method} ${options.url}; ${again ? `retrying in ${retryAfter}s` : 'giving up'}.`,
        );
        return again;
      },
    },
  });
}

/** The HTTP status of an Octokit RequestError, or undefined for anything else. */
export function statusOf(err: unknown): number | undefined {
  if (err && typeof err === 'object' && 'status' in err && typeof (err as { status: unknown }).status === 'number') {
    return (err as { status: number }).status;
  }
  return undefined;
}
