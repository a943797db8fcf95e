/**
 * Every URL that reaches a log line or an error message passes through here first: registry URLs may carry
 * credentials in the userinfo (`https://user:token@host/`) or in the query (`?token=…`, signed S3/GCS URLs).
 * See DESIGN.md, "Safety rules": tokens are never logged.
 */

/** Query parameter names (lower case) whose values are secrets or signatures. */
const SECRET_PARAM =
  /^(?:.*token.*|.*secret.*|.*password.*|passwd|pwd|auth|authorization|.*api[-_]?key.*|key|access[-_]?key.*|.*signature.*|sig|x-amz-credential|x-goog-credential|credential|session|sessionid|code|client[-_]?secret)$/;

/** Removes userinfo and token-like query parameters; unparseable input keeps only scheme and host. */
export function redactUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    // Not a URL we can take apart: strip anything that looks like userinfo and drop the query wholesale.
    return raw.replace(/\/\/[^/@\s]*@/g, '//').replace(/\?.*$/s, '');
  }
  url.username = '';
  url.password = '';
  for (const name of [...url.searchParams.keys()]) {
    if (SECRET_PARAM.test(name.toLowerCase())) url.searchParams.delete(name);
  }
  // Fragments never reach the server but may hold tokens in OAuth-style links.
  url.hash = '';
  return url.toString();
}

/**
 * Replaces every occurrence of the given secrets (raw URLs, authorization values) in a message taken from
 * a lower layer (e.g. an undici error), so that a cause message cannot leak what redactUrl hides.
 */
export function scrubSecrets(message: string, secrets: readonly (string | undefined)[]): string {
  let out = message;
  for (const secret of secrets) {
    if (!secret || secret.length < 4) continue;
    out = out.split(secret).join('[redacted]');
  }
  return out;
}
