import type { Severity, Vector } from '../../model/index.js';
import type { CodeEvent, StringEvent } from '../shared/events.js';
import type { SecretHit } from '../shared/indicators.js';
import { when } from '../shared/snippet.js';
import { MESSENGER_SESSION } from './stealing-vocabulary.js';

type Report = (severity: Severity, s: { file: string; line: number; vector: Vector }, message: string, evidence: string) => void;

/** Secrets that are files a thief takes whole (SSH keys, cloud and developer credential files, system secrets). */
const FILE_KINDS = new Set(['credential-file', 'system-secret']);
/** Uploaded on purpose: public keys (to a code host or cloud), and a project's own `.env` (secret-sync services). */
const UPLOADED_ON_PURPOSE = /\.pub\b|(^|[\\/])\.env\b/;

const early = (v: Vector): boolean => v === 'install' || v === 'import';

/** A request in the same function that uploads a file: a `files=` field or an opened file in what it sends. */
function uploadBeside(sinks: readonly CodeEvent[], s: StringEvent): CodeEvent | undefined {
  return sinks.find((e) => e.file === s.file && e.scope === s.scope && e.capability === 'network' && (e.call?.kwargs['files'] !== undefined || e.refs.includes('builtins.open')));
}

/**
 * Secret files uploaded as files over HTTP from the function that names them:
 * - messenger session files (Telethon/Pyrogram `*.session`, Telegram Desktop's `tdata`) log in as their owner
 *   without a password; messenger libraries name `.session` too, but do not post files over HTTP;
 * - SSH keys and credential files (`os.listdir(os.path.expanduser('~/.ssh'))` … `post(files={f: open(…)})`):
 *   an SSH client or cloud SDK uses them, it does not upload them; checked here in code that runs when called
 *   (read earlier, the rule's main checks judge them).
 * **High** when called, critical at install or import time.
 */
export function secretFileUploads(strings: readonly StringEvent[], secrets: ReadonlyArray<SecretHit | undefined>, sinks: readonly CodeEvent[], report: Report): void {
  for (const [i, s] of strings.entries()) {
    const hit = secrets[i];
    const session = MESSENGER_SESSION.test(s.value);
    // Read early, credential files are judged by the rule's main checks already (with the read as the place).
    if (!session && (early(s.vector) || !hit || !FILE_KINDS.has(hit.kind) || UPLOADED_ON_PURPOSE.test(s.value))) continue;
    const upload = uploadBeside(sinks, s);
    if (!upload) continue;
    const what = session ? `messenger session files (${s.value})` : `${hit?.label} (${hit?.match})`;
    report(early(s.vector) ? 'critical' : 'high', upload, `looks for ${what} and uploads a file with ${upload.callee} ${when(upload)}`, `${s.value}\n${upload.text}`);
  }
}
