import type { FileFacts, Language, Severity, Vector } from '../../model/index.js';
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

/** Listing folders: files taken this way are found, not named. */
const LISTS: Record<Language, RegExp> = {
  python: /^(glob\.i?glob|os\.(walk|listdir|scandir)|pathlib\.Path\.(r?glob|iterdir)|\?\.(rglob|iterdir))$/,
  javascript: /^(fs\.(readdirSync|readdir|opendirSync|opendir)|fs\.promises\.(readdir|opendir)|(glob|fast-glob|globby|tinyglobby)(\.\w+)?)$/,
};
/** What an upload carries when it takes files: their content, or an archive or buffer packed from them. */
const PACKED: Record<Language, RegExp> = {
  python: /^(builtins\.open|io\.open|zipfile\.ZipFile|tarfile\.open|shutil\.make_archive|io\.BytesIO)(\.|$)/,
  javascript: /^(fs\.(readFileSync|readFile|createReadStream)|fs\.promises\.readFile)$/,
};

/** A variable sent as it is, serialised or encoded at most: `req.end(JSON.stringify(found))`, `{ body: data }`. */
const WHOLE = /^(JSON\.stringify\(|Buffer\.from\(|encodeURIComponent\()?\s*[\w$.]+\s*(,[^()]*)?\)?$/;

/**
 * In JavaScript the content of the files travels in an object filled under computed keys (its refs are
 * the reads); a count of its keys (`{ count: Object.keys(found).length }`) carries the refs but not the files.
 */
function sendsWhole(e: CodeEvent): boolean {
  return (e.call?.args ?? []).some((a) => WHOLE.test(a.text) || ['body', 'data'].some((k) => WHOLE.test(a.entries?.[k]?.text ?? '')));
}

/**
 * Files collected by listing folders and uploaded at install or import time (`os.walk(os.getcwd())` … zipped …
 * `requests.post(url, files=…)`; `fs.readdirSync` … `out[p] = fs.readFileSync(p)` … `req.end(JSON.stringify(out))`):
 * the user's source, documents or keys leave the machine as the package loads. Packages list folders at
 * install time (package data, assets to copy) and talk to the network, but do not upload what they find.
 * Python lists in the function that sends, before it sends; JavaScript anywhere in the file at that time (a recursive walker is
 * a helper of its own). **High** at import time, critical at install time.
 */
export function collectedFileUploads(facts: ReadonlyMap<string, FileFacts>, sinks: readonly CodeEvent[], vectorOf: (file: string, scope: string) => Vector, report: Report): void {
  for (const e of sinks) {
    if (e.capability !== 'network' || !early(e.vector)) continue;
    const uploads = e.language === 'python' ? e.call?.kwargs['files'] !== undefined || e.refs.some((r) => PACKED.python.test(r)) : sendsWhole(e) && e.refs.some((r) => PACKED.javascript.test(r));
    if (!uploads) continue;
    const list = LISTS[e.language];
    const listing = facts.get(e.file)?.calls.find((c) => list.test(c.callee) && (e.language === 'python' ? c.scope === e.scope && c.line <= e.line : early(vectorOf(e.file, c.scope))));
    if (!listing) continue;
    report(e.vector === 'install' ? 'critical' : 'high', e, `collects files (${listing.callee}) and uploads them with ${e.callee} ${when(e)}`, `${listing.text}\n${e.text}`);
  }
}
