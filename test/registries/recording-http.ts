/** The real HTTP client, wrapped to record what each request carried (to check where tokens go). */
import { createHttpClient } from '../../src/fetch/client.js';
import type { HttpClient, HttpRequest } from '../../src/fetch/http.js';
import type { Logger } from '../../src/runtime/logger.js';

export interface RecordingHttp extends HttpClient {
  sent: HttpRequest[];
}

export function recordingHttp(log: Logger): RecordingHttp {
  const inner = createHttpClient({ log, retries: 1, backoffMs: 1, timeoutMs: 10_000 });
  const sent: HttpRequest[] = [];
  return {
    sent,
    request: (req) => {
      sent.push(req);
      return inner.request(req);
    },
  };
}
