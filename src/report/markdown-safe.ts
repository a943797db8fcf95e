/**
 * Text from packages is hostile: a snippet or a package name must not be able to close our markup, inject
 * HTML, ping people (`@org/team`) or hide code with bidi controls (Trojan Source, CVE-2021-42574).
 * Markdown reference: https://github.github.com/gfm/ (code spans §6.1, fenced code §4.5, HTML §6.6).
 */

/** Bidi controls and other invisibles are shown as `<U+202E>` so a reviewer sees what the bytes say. */
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

export function showInvisible(text: string): string {
  return text.replace(INVISIBLE, (c) => `<U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`);
}

/** Cuts to `max` characters (code units), saying how much was left out. Never splits a surrogate pair. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const note = ` … (${text.length - max} more characters)`;
  let cut = Math.max(0, max - note.length);
  if (cut > 0 && /[\ud800-\udbff]/.test(text[cut - 1]!)) cut--;
  return text.slice(0, cut) + note;
}

/**
 * Free text (messages, reasons) as inert markdown: HTML and markdown punctuation escaped, `@mention` and
 * `#123` references broken with a zero-width space entity (as Renovate does), newlines flattened.
 */
export function mdText(text: string): string {
  return showInvisible(text)
    .replace(/\r?\n/g, ' ')
    .replace(/[\\`*_{}[\]()#+!|~>]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/@(?=[A-Za-z0-9_-])/g, '@&#8203;')
    .replace(/\\#(?=\d)/g, '#&#8203;')
    .replace(/:\/\//g, ':&#8203;//');
}

/** An inline code span that no content can break out of, and that is safe inside a table cell. */
export function mdCode(text: string): string {
  const flat = showInvisible(text).replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || flat === '' ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** A fenced block whose fence is longer than any backtick run inside, so the content cannot close it. */
export function mdFence(text: string, info = ''): string {
  const body = showInvisible(text).replace(/\r\n?/g, '\n');
  const longest = Math.max(0, ...(body.match(/`{3,}/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${info}\n${body}\n${fence}`;
}

/** A link whose text is escaped and whose target may only be http(s) or a relative path. */
export function mdLink(text: string, url: string): string {
  const safe = /^(https?:\/\/|[./]|[A-Za-z0-9_-]+\/)/.test(url) && !/^javascript:/i.test(url) ? url.replace(/[()\s<>]/g, encodeURIComponent) : '#';
  return `[${mdText(text)}](${safe})`;
}
