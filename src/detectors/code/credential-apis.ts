import type { Severity, Vector } from '../../model/index.js';
import type { CodeEvent } from '../shared/events.js';
import { sentValues } from '../shared/outbound.js';
import { when } from '../shared/snippet.js';

/**
 * Calls that hand back the user's stored credentials, without a path in the source: the AWS SDK's resolved
 * keys, Google's application-default credentials, an Azure credential's token, the OS keyring, Windows'
 * credential manager. A ref starting with one of these (`boto3.Session.get_credentials.secret_key`) is the
 * credential or a part of it.
 */
const CREDENTIAL_API =
  /^(?:boto3(?:\.session)?\.Session\.get_credentials|botocore\.session\.(?:get_session|Session)\.get_credentials|google\.auth\.default|azure\.identity\.\w+\.get_token|keyring\.get_(?:password|credential)|win32cred\.Cred(?:Read|Enumerate)\w*)(?:\.|$)/;

/** Data keyword arguments that carry a payload, as opposed to authenticating the request (`auth=`, `headers=`). */
const PAYLOAD_KWARGS = new Set(['data', 'json', 'params', 'files', 'body', 'content', 'fields']);

type Report = (severity: Severity, s: { file: string; line: number; vector: Vector }, message: string, evidence: string) => void;

/**
 * A credential returned by an SDK or the OS keyring and sent by a network call:
 * - at install or import time, in what the call sends: **critical** (nothing needs the user's cloud keys to
 *   install or load a library);
 * - when called, in the payload of a package that names a collection endpoint (request catcher, webhook,
 *   tunnel, raw IP, paste site): **high**.
 * When called, sending one is what clients of the credential's own service do: `auth=` and headers
 * authenticate, and AWS's federation endpoint takes the session's keys, secret included, as parameters (the
 * console sign-in URL of aws-consoler-style tools).
 */
export function credentialApiTheft(sinks: CodeEvent[], collectorNamed: boolean, exit: string, report: Report): void {
  for (const sink of sinks) {
    if (sink.language !== 'python' || sink.capability !== 'network') continue;
    const early = sink.vector === 'install' || sink.vector === 'import';
    const sent = sentValues(sink).flatMap((v) => v.refs).filter((r) => CREDENTIAL_API.test(r));
    if (sent.length === 0) continue;
    const payload = Object.entries(sink.call?.kwargs ?? {})
      .filter(([k]) => PAYLOAD_KWARGS.has(k))
      .flatMap(([, v]) => v.refs)
      .concat((sink.call?.args ?? []).slice(1).flatMap((a) => a.refs))
      .filter((r) => CREDENTIAL_API.test(r));
    const severity: Severity | undefined = early ? 'critical' : collectorNamed && payload.length > 0 ? 'high' : undefined;
    if (!severity) continue;
    const api = (sent[0] as string).replace(/^(.*?\.(?:get_credentials|default|get_token|get_password|get_credential|Cred\w+)).*$/, '$1');
    report(severity, sink, `sends stored credentials (${api}) with ${sink.callee} ${when(sink)}${exit}`, sink.text);
  }
}
