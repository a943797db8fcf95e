/**
 * Reading a response body under the client's limits: the byte cap is enforced while streaming (an
 * oversized or decompression-bomb body is never held), the deadline covers every read (a trickling body
 * times out), and a body shorter than its Content-Length is a failed attempt, not a short file.
 */
import { describeError } from '../runtime/errors.js';
import { scrubSecrets } from './redact.js';

/** Largest body preallocated from Content-Length when the caller set no maxBytes. */
const PREALLOCATE_MAX = 64 * 1024 * 1024;

/** An attempt's failure, with whether another attempt could change the outcome. */
export class AttemptFailure extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly retryAfterMs?: number,
    cause?: unknown,
  ) {
    super(message, { cause });
  }
}

/** Streams the body, failing as soon as it passes maxBytes, so an oversized body is never held in memory. */
export async function readBody(
  res: Response,
  method: string,
  maxBytes: number | undefined,
  deadline: Promise<never>,
  timedOut: () => boolean,
  timeoutMs: number,
  secrets: readonly (string | undefined)[],
): Promise<Uint8Array> {
  const declared = Number(res.headers.get('content-length') ?? NaN);
  if (maxBytes !== undefined && Number.isFinite(declared) && declared > maxBytes) {
    await res.body?.cancel().catch(() => undefined);
    throw new CustomsLimit(`the response declares ${declared} bytes, more than the limit of ${maxBytes} bytes`);
  }
  if (!res.body) return new Uint8Array(0);
  const reader = res.body.getReader();
  // Content-Length counts encoded bytes; it only describes the body when fetch did not decode it.
  const bodyless = method === 'HEAD' || res.status === 204 || res.status === 304;
  const exact = !bodyless && Number.isFinite(declared) && !res.headers.get('content-encoding');
  // With a trustworthy length, write into one buffer: peak memory is the body, not chunks + a copy.
  const prealloc = exact && declared <= (maxBytes ?? PREALLOCATE_MAX) ? new Uint8Array(declared) : undefined;
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      let step: Awaited<ReturnType<typeof reader.read>>;
      try {
        step = await Promise.race([reader.read(), deadline]);
      } catch (err) {
        if (timedOut() || err instanceof AttemptFailure) throw new AttemptFailure(`timed out after ${timeoutMs} ms`, true);
        throw new AttemptFailure(`body: ${networkMessage(err, secrets)}`, true, undefined, err);
      }
      if (step.done) break;
      const next = total + step.value.byteLength;
      if (maxBytes !== undefined && next > maxBytes) {
        throw new CustomsLimit(`the body exceeds the limit of ${maxBytes} bytes`);
      }
      if (prealloc) {
        if (next > prealloc.byteLength) throw new AttemptFailure(`body longer than its Content-Length ${declared}`, true);
        prealloc.set(step.value, total);
      } else {
        chunks.push(step.value);
      }
      total = next;
    }
  } catch (err) {
    reader.cancel().catch(() => undefined);
    throw err;
  }
  if (exact && total !== declared) {
    throw new AttemptFailure(`truncated body: received ${total} of ${declared} bytes`, true);
  }
  if (prealloc) return prealloc;
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/** The size cap is a property of the content, so it is not retried. */
export class CustomsLimit extends AttemptFailure {
  constructor(message: string) {
    super(message, false);
  }
}

export function networkMessage(err: unknown, secrets: readonly (string | undefined)[]): string {
  const cause = err instanceof Error && err.cause instanceof Error ? `: ${err.cause.message}` : '';
  return scrubSecrets(`${describeError(err)}${cause}`, secrets);
}
