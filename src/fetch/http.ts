/**
 * The HTTP client every network stage receives (registries, fetch, OSV). Implemented on Node's fetch in
 * ./client.ts; tests inject fakes or point it at servers on 127.0.0.1.
 */
export interface HttpRequest {
  url: string;
  method?: 'GET' | 'POST' | 'HEAD';
  headers?: Record<string, string>;
  body?: string;
  /** Bearer/basic credentials sent only to the origin of `url` (never after a redirect to another host). */
  authorization?: string;
  /** Bytes beyond this fail the request (external error) instead of being buffered. */
  maxBytes?: number;
  timeoutMs?: number;
}

export interface HttpResponse {
  status: number;
  /** The final URL after redirects (credentials redacted). */
  url: string;
  headers: Record<string, string>;
  body: Uint8Array;
}

export interface HttpClient {
  /**
   * Retries 429 and 5xx (honouring Retry-After) and network errors with backoff; returns other statuses
   * (404, 410, …) to the caller. Throws CustomsError('external') after the last attempt.
   */
  request(req: HttpRequest): Promise<HttpResponse>;
}
