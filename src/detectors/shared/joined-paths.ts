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
export function joinedPaths(strings: readonly StringEvent[], names: (path: string) => boolean): StringEvent[] {
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
    if (names(value)) out.push({ ...(list[0] as StringEvent), value });
  }
  return out;
}
