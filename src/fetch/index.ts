/** The fetch stage: HTTP client, artifact downloads with integrity checks, caches, concurrency. */
export type { HttpClient, HttpRequest, HttpResponse } from './http.js';
export { createHttpClient, parseRetryAfter, DEFAULT_USER_AGENT, type HttpClientOptions } from './client.js';
export { redactUrl, scrubSecrets } from './redact.js';
export { digestHex, isWellFormed, HEX_LENGTH, type DigestAlgorithm } from './digest.js';
export {
  downloadArtifact,
  verifyIntegrity,
  IntegrityError,
  type DownloadOptions,
  type DownloadResult,
} from './download.js';
export { DownloadCache, ResultCache, defaultCacheDir, pruneDir, type CacheOptions } from './cache.js';
export { limit, DEFAULT_CONCURRENCY, type Limiter } from './limit.js';
