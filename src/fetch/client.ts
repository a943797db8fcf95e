/**
 * The HttpClient (./http.ts) on Node's built-in fetch. Registries and artifact hosts are hostile or flaky
 * inputs, so every request is bounded: a deadline that covers headers and body, a byte cap enforced while
 * streaming, a redirect limit, and retries only where a retry can help (429, 5xx, network errors).
 * Retry-After: RFC 9110 §10.2.3 (https://www.rfc-editor.org/rfc/rfc9110#field.retry-after).
 */
import { CustomsError, describeError, externalError } from '../runtime/errors.js';
import type { Logger } from '../runtime/logger.js';
import type { HttpClient, HttpRequest, HttpResponse } from './http.js';
import { AttemptFailure, networkMessage, readBody } from './body.js';
import { redactUrl, scrubSecrets } from './redact.js';

export { redactUrl } from './redact.js';

export interface HttpClientOptions {
  log: Logger;
  userAgent?: string;
  /** Deadline per attempt, covering connection, headers and the whole body. Default 30 s. */
  timeoutMs?: number;
  /** Retries after the first attempt. Default 3. */
  retries?: number;
  /** First backoff delay; doubled per retry, with jitter. Default 500 ms. */
  backoffMs?: number;
  /** Upper bound on any single wait, including one a server asks for with Retry-After. Default 60 s. */
  maxRetryAfterMs?: number;
  /** Injected in tests so retries do not really wait. */
  sleep?: (ms: number) => Promise<void>;
  /** Injected in tests: clock for HTTP-date Retry-After values and jitter source. */
  now?: () => number;
  random?: () => number;
}

export const DEFAULT_USER_AGENT = 'customs (+https://github.com/customs-scanner/customs)';
const MAX_REDIRECTS = 5;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export function createHttpClient(opts: HttpClientOptions): HttpClient {
  const timeoutMs = opts.timeoutMs ?? 30_000;
  const retries = Math.max(0, opts.retries ?? 3);
  const backoffMs = opts.backoffMs ?? 500;
  const cap = opts.maxRetryAfterMs ?? 60_000;
  const sleep = opts.sleep ?? defaultSleep;
  const now = opts.now ?? Date.now;
  const random = opts.random ?? Math.random;
  const userAgent = opts.userAgent ?? DEFAULT_USER_AGENT;

  async function request(req: HttpRequest): Promise<HttpResponse> {
    const method = req.method ?? 'GET';
    const where = `${method} ${redactUrl(req.url)}`;
    const secrets = [req.url, req.authorization, req.headers?.['authorization'], req.headers?.['Authorization']];
    checkScheme(req.url, where);
    const attempts = retries + 1;
    for (let attempt = 1; ; attempt++) {
      let failure: AttemptFailure;
      try {
        const res = await attemptOnce(req, method, req.timeoutMs ?? timeoutMs, userAgent, secrets);
        if (res.status !== 429 && res.status < 500) return res;
        failure = new AttemptFailure(
          `HTTP ${res.status}`,
          true,
          parseRetryAfter(res.headers['retry-after'], now()),
        );
      } catch (err) {
        if (err instanceof CustomsError) throw err;
        failure =
          err instanceof AttemptFailure
            ? err
            : new AttemptFailure(scrubSecrets(describeError(err), secrets), true, undefined, err);
      }
      const tries = `${attempt} attempt${attempt === 1 ? '' : 's'}`;
      if (!failure.retryable) throw externalError(`${where} failed after ${tries}: ${failure.message}`);
      if (attempt >= attempts) {
        throw externalError(`${where} failed after ${tries}: ${failure.message}`, failure.cause);
      }
      const exp = backoffMs * 2 ** (attempt - 1);
      const delay = Math.min(cap, failure.retryAfterMs ?? exp * (0.5 + random() * 0.5));
      opts.log.debug(
        `${where}: ${failure.message}; retrying in ${Math.round(delay)} ms (attempt ${attempt + 1} of ${attempts})`,
      );
      await sleep(delay);
    }
  }

  return { request };
}

function checkScheme(raw: string, where: string): void {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw externalError(`${where}: not a valid URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw externalError(`${where}: only http and https URLs are fetched, not ${url.protocol}`);
  }
}

/** One attempt: the redirect chain and the body, all under a single deadline. */
async function attemptOnce(
  req: HttpRequest,
  method: string,
  timeoutMs: number,
  userAgent: string,
  secrets: readonly (string | undefined)[],
): Promise<HttpResponse> {
  const controller = new AbortController();
  let timedOut = false;
  let onTimeout: (() => void) | undefined;
  const deadline = new Promise<never>((_, reject) => {
    onTimeout = () => reject(new AttemptFailure(`timed out after ${timeoutMs} ms`, true));
  });
  deadline.catch(() => undefined); // observed only through the races below
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
    onTimeout?.();
  }, timeoutMs);
  try {
    const { url: first, authorization } = splitUserinfo(req.url, req.authorization);
    let url = first;
    let currentMethod = method;
    let body = req.body;
    const origin = new URL(url).origin;
    for (let hop = 0; ; hop++) {
      const headers: Record<string, string> = { 'user-agent': userAgent };
      for (const [key, value] of Object.entries(req.headers ?? {})) headers[key.toLowerCase()] = value;
      if (new URL(url).origin !== origin) {
        // Credentials go only to the origin they were given for (RFC 9110 §15.4: a redirect target
        // is chosen by the server, and may be anyone).
        delete headers['authorization'];
      } else if (authorization) {
        headers['authorization'] = authorization;
      }
      let res: Response;
      try {
        res = await Promise.race([
          fetch(url, {
            method: currentMethod,
            headers,
            body: currentMethod === 'GET' || currentMethod === 'HEAD' ? undefined : body,
            redirect: 'manual',
            signal: controller.signal,
          }),
          deadline,
        ]);
      } catch (err) {
        if (timedOut || err instanceof AttemptFailure) throw new AttemptFailure(`timed out after ${timeoutMs} ms`, true);
        throw new AttemptFailure(networkMessage(err, secrets), true, undefined, err);
      }
      const location = res.headers.get('location');
      if (REDIRECT_STATUSES.has(res.status) && location) {
        await res.body?.cancel().catch(() => undefined);
        if (hop >= MAX_REDIRECTS) throw new AttemptFailure(`more than ${MAX_REDIRECTS} redirects`, false);
        const next = resolveRedirect(location, url);
        if (res.status === 303) {
          currentMethod = currentMethod === 'HEAD' ? 'HEAD' : 'GET';
          body = undefined;
        }
        url = next;
        continue;
      }
      const bytes = await readBody(res, currentMethod, req.maxBytes, deadline, () => timedOut, timeoutMs, secrets);
      const outHeaders: Record<string, string> = {};
      res.headers.forEach((value, key) => (outHeaders[key] = value));
      return { status: res.status, url: redactUrl(url), headers: outHeaders, body: bytes };
    }
  } finally {
    clearTimeout(timer);
  }
}

/**
 * fetch refuses URLs with userinfo, yet index URLs are commonly written `https://user:token@host/simple/`
 * (pip accepts them): move the credentials into a Basic Authorization header unless one was given.
 */
function splitUserinfo(raw: string, authorization: string | undefined): { url: string; authorization?: string } {
  const url = new URL(raw);
  if (!url.username && !url.password) return { url: raw, ...(authorization ? { authorization } : {}) };
  const basic = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
  url.username = '';
  url.password = '';
  return { url: url.toString(), authorization: authorization ?? `Basic ${Buffer.from(basic).toString('base64')}` };
}

function resolveRedirect(location: string, base: string): string {
  let next: URL;
  try {
    next = new URL(location, base);
  } catch {
    throw new AttemptFailure(`redirect to an invalid location`, false);
  }
  if (next.protocol !== 'http:' && next.protocol !== 'https:') {
    throw new AttemptFailure(`redirect to a ${next.protocol} URL refused`, false);
  }
  return next.toString();
}

/** Retry-After is either delay-seconds or an HTTP-date (RFC 9110 §10.2.3); undefined when absent or invalid. */
export function parseRetryAfter(value: string | undefined, nowMs: number): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - nowMs);
}
