import type { FileFacts } from '../../model/index.js';
import type { StringEvent } from './events.js';

/**
 * What a piece of a path looks like: a drive, folder or file name of at most three words (`Start Menu`,
 * `Program Files (x86)`, `recentservers.xml`, `ssfn*`), not a sentence, a CLI flag or markup.
 */
const SEGMENT = /^(?!-|\.\.)(?:[A-Za-z]:)?[\w.()~%$*\\/-]+(?: [\w.()~%$*\\/-]+){0,2}$/;

/**
 * A path written as pieces on one line (`os.path.join(os.getenv('APPDATA'), 'Microsoft', 'Windows',
 * 'Start Menu', 'Programs', 'Startup')`, `Path.home() / 'Library' / 'LaunchAgents'`, `os.path.join(appdata,
 * 'FileZilla', 'recentservers.xml')`): the line's path-like strings joined with `/`, where `names` recognises the
 * joined path and no piece alone.
 */
export function joinedPaths(strings: readonly StringEvent[], names: (path: string) => boolean, facts?: ReadonlyMap<string, FileFacts>): StringEvent[] {
  const lines = new Map<string, StringEvent[]>();
  for (const s of strings) {
    if (s.value.length > 100 || s.decoded || !SEGMENT.test(s.value)) continue;
    const key = `${s.file}\u0000${s.line}\u0000${s.scope}`;
    const list = lines.get(key);
    if (list) list.push(s);
    else lines.set(key, [s]);
  }
  const out: StringEvent[] = [];
  for (const list of lines.values()) {
    if (list.length < 2 || list.length > 12 || list.some((s) => names(s.value))) continue;
    const value = list.map((s) => s.value.replace(/^[\\/]+|[\\/]+$/g, '')).join('/');
    if (names(value) && (list[0]?.language !== 'javascript' || !facts || joinedByCall(facts, list))) out.push({ ...(list[0] as StringEvent), value });
  }
  return out;
}

/**
 * JavaScript: a minified bundle is one line, so pieces on a line prove nothing (a wallet picker's labels
 * `"Coinbase Wallet"`, `"Exodus"`, `"Frame"` are no path). There the pieces must be arguments of one call of
 * their function (`path.join(os.homedir(), 'AppData', 'Roaming', 'Exodus')`).
 */
function joinedByCall(facts: ReadonlyMap<string, FileFacts>, list: readonly StringEvent[]): boolean {
  const first = list[0] as StringEvent;
  const pieces = new Set(list.map((s) => s.value));
  return (facts.get(first.file)?.calls ?? []).some((c) => c.scope === first.scope && c.args.flatMap((a) => a.items ?? [a]).filter((a) => a.value !== undefined && pieces.has(a.value)).length >= 2);
}
