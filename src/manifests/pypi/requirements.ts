/**
 * requirements*.txt / *.in, following pip's own reading order
 * (https://pip.pypa.io/en/stable/reference/requirements-file-format/ and pip/_internal/req/req_file.py):
 * join `\` continuations (the logical line keeps the number of its first physical line), drop comments
 * (`#` at the start or after whitespace), split the requirement from its options, then read the options.
 * `${VAR}` references are left as written. pip-compile's `# via` comments mark transitive pins (via-comments.ts).
 */
import type { ManifestResult, Origin } from '../../model/dependencies.js';
import { userError } from '../../runtime/errors.js';
import { declare, emptyResult, parseHash, redact, splitLines } from './declared.js';
import { resolveInclude } from './include-path.js';
import { archiveNameVersion, eggName, originOfUrl, parsePep508 } from './pep508.js';
import { applyViaComments, readViaComment, type ViaState } from './via-comments.js';

interface LogicalLine {
  line: number;
  text: string;
}

/** Options that take a value, by every spelling pip accepts. */
const VALUE_OPTIONS: Record<string, string> = {
  '-r': 'requirement', '--requirement': 'requirement', '-c': 'constraint', '--constraint': 'constraint',
  '-e': 'editable', '--editable': 'editable', '-i': 'index-url', '--index-url': 'index-url',
  '--extra-index-url': 'extra-index-url', '-f': 'find-links', '--find-links': 'find-links', '--hash': 'hash',
  '--trusted-host': 'trusted-host', '--no-binary': 'no-binary', '--only-binary': 'only-binary',
  '--use-feature': 'use-feature', '--config-settings': 'config-settings', '--global-option': 'global-option',
  '--install-option': 'install-option',
};
const FLAG_OPTIONS = new Set(['--pre', '--no-index', '--prefer-binary', '--require-hashes']);

/** Physical lines → logical lines (pip's join_lines + ignore_comments). */
function logicalLines(text: string): { logical: LogicalLine[]; comments: LogicalLine[] } {
  const logical: LogicalLine[] = [];
  const comments: LogicalLine[] = [];
  let pending: string[] = [];
  let first = 0;
  const emit = (line: number, raw: string): void => {
    const stripped = stripComment(raw).trim();
    if (stripped !== '') logical.push({ line, text: stripped });
  };
  splitLines(text).forEach((raw, i) => {
    const n = i + 1;
    const isComment = /^\s*#/.test(raw);
    if (isComment) comments.push({ line: n, text: raw.trim() });
    if (!raw.endsWith('\\') || isComment) {
      if (pending.length > 0) {
        emit(first, pending.join('') + (isComment ? '' : raw));
        pending = [];
      } else if (!isComment) emit(n, raw);
    } else {
      if (pending.length === 0) first = n;
      pending.push(raw.slice(0, -1));
    }
  });
  if (pending.length > 0) emit(first, pending.join(''));
  return { logical, comments };
}

/**
 * Drops a comment: `#` at the start of the line or after whitespace (pip's COMMENT_RE `(^|\s+)#.*$`),
 * scanned by hand because that regex backtracks quadratically on long runs of spaces.
 */
function stripComment(raw: string): string {
  for (let i = raw.indexOf('#'); i >= 0; i = raw.indexOf('#', i + 1)) {
    if (i === 0 || /\s/.test(raw[i - 1]!)) return raw.slice(0, i);
  }
  return raw;
}

/** shlex-style split (whitespace, single and double quotes), as pip splits the options part. */
function shellSplit(text: string, where: string): string[] {
  if (!/["']/.test(text)) return text.split(/\s+/).filter((t) => t !== '');
  const out: string[] = [];
  let cur: string | undefined;
  let quote: string | undefined;
  for (const ch of text) {
    if (quote) {
      if (ch === quote) quote = undefined;
      else cur += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      cur ??= '';
    } else if (/\s/.test(ch)) {
      if (cur !== undefined) out.push(cur);
      cur = undefined;
    } else cur = (cur ?? '') + ch;
  }
  if (quote) throw userError(`${where}: unclosed ${quote} quote in options`);
  if (cur !== undefined) out.push(cur);
  return out;
}

function readOptions(tokens: string[], where: string): { name: string; value?: string }[] {
  const opts: { name: string; value?: string }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    const eq = tok.startsWith('--') ? tok.indexOf('=') : -1;
    const key = eq > 0 ? tok.slice(0, eq) : tok;
    if (FLAG_OPTIONS.has(key)) {
      opts.push({ name: key.slice(2) });
      continue;
    }
    let name = VALUE_OPTIONS[key];
    let value: string | undefined = eq > 0 ? tok.slice(eq + 1) : undefined;
    if (!name && /^-[rceif]./.test(tok)) {
      name = VALUE_OPTIONS[tok.slice(0, 2)]; // optparse's glued short form: -rother.txt
      value = tok.slice(2).replace(/^=/, '');
    }
    if (!name) throw userError(`${where}: unknown option "${redact(tok)}"`);
    if (value === undefined) {
      value = tokens[++i];
      if (value === undefined || value.startsWith('-')) throw userError(`${where}: option ${key} needs a value`);
    }
    opts.push({ name, value });
  }
  return opts;
}

const SCHEME = /^(?:[A-Za-z][A-Za-z0-9+.-]*:\/\/|file:)/;
const ARCHIVE = /\.(?:whl|tar\.gz|tgz|tar\.bz2|tar\.xz|zip)$/i;

function looksLikePath(s: string): boolean {
  return /^(?:\.|\/|~|[A-Za-z]:[\\/])/.test(s) || (/[\\/]/.test(s) && !s.includes('@')) || ARCHIVE.test(s);
}

export function parseRequirements(file: string, text: string): ManifestResult {
  const result = emptyResult(file, 'requirements', false);
  const base = file.split('/').pop() ?? file;
  const group = /(^|[-_.])(dev|devel|test|tests|testing|lint)([-_.]|$)/i.test(base) ? 'dev' : 'prod';
  const { logical, comments } = logicalLines(text);
  const via: ViaState = { entries: [], open: false };
  for (const c of comments) readViaComment(c.line, c.text, via);

  for (const { line, text: content } of logical) {
    const where = `${file}:${line}`;
    const source = { file, line };
    const tokens = content.split(/\s+/);
    const firstOpt = tokens.findIndex((t) => t.startsWith('-'));
    const args = (firstOpt < 0 ? tokens : tokens.slice(0, firstOpt)).join(' ');
    const opts = readOptions(shellSplit(firstOpt < 0 ? '' : tokens.slice(firstOpt).join(' '), where), where);

    const hashes = opts.filter((o) => o.name === 'hash').map((o) => parseHash(o.value!, where));
    let editable: string | undefined;
    for (const o of opts) {
      const v = o.value!;
      switch (o.name) {
        case 'requirement':
        case 'constraint':
          if (SCHEME.test(v)) result.notes.push(`${where}: includes remote file ${redact(v)}, not read`);
          else result.includes.push({ file: resolveInclude(file, v, where), constraint: o.name === 'constraint', source });
          break;
        case 'index-url':
        case 'extra-index-url':
          result.registries.push({ url: v, role: o.name === 'index-url' ? 'primary' : 'extra', source });
          break;
        case 'find-links':
          result.notes.push(`${where}: --find-links ${redact(v)} adds a package source outside any index`);
          break;
        case 'no-index':
          result.notes.push(`${where}: --no-index: packages come only from --find-links locations`);
          break;
        case 'pre':
          result.notes.push(`${where}: --pre allows pre-release versions`);
          break;
        case 'editable':
          editable = v;
          break;
      }
    }
    if (hashes.length > 0 && args === '' && editable === undefined) {
      throw userError(`${where}: --hash without a requirement on the same line`);
    }
    const target = editable ?? args;
    if (target === '') continue;
    if (editable !== undefined && args !== '') throw userError(`${where}: unexpected "${redact(args)}" after -e`);

    const d = readTarget(target, where, editable !== undefined, result.notes);
    if (!d) continue;
    result.dependencies.push(
      declare({ ...d, source, group, integrity: hashes }),
    );
  }
  applyViaComments(result.dependencies, via);
  return result;
}

interface Target {
  name: string;
  spec?: string;
  version?: string;
  origin?: Origin;
  marker?: string;
  extras?: string[];
}

/** A requirement, URL or local path (pip's parse_req_from_line); undefined (with a note) when it has no name. */
function readTarget(target: string, where: string, editable: boolean, notes: string[]): Target | undefined {
  if (SCHEME.test(target) || (looksLikePath(target) && !/^[A-Za-z0-9][A-Za-z0-9._-]*\s*(\[[^\]]*\])?\s*@/.test(target))) {
    // pip requires "; " (with a space) before a marker after a URL or path, since ";" may occur in URLs.
    const semi = target.indexOf('; ');
    const marker = semi < 0 ? undefined : target.slice(semi + 2).trim();
    let loc = (semi < 0 ? target : target.slice(0, semi)).trim();
    let extras: string[] | undefined;
    const open = loc.endsWith(']') && !SCHEME.test(loc) ? loc.lastIndexOf('[') : -1;
    if (open >= 0) {
      extras = loc.slice(open + 1, -1).split(',').map((e) => e.trim()).filter(Boolean);
      loc = loc.slice(0, open);
    }
    const origin: Origin = SCHEME.test(loc) ? originOfUrl(loc) : { kind: 'path', path: loc.replace(/#.*$/, '') };
    const kind = origin.kind;
    const archive = archiveNameVersion(loc);
    const name = eggName(loc) ?? archive?.name;
    if (!name) {
      notes.push(`${where}: ${editable ? 'editable ' : ''}${kind === 'path' ? 'local path' : kind === 'vcs' ? 'VCS reference' : 'URL'} ${redact(loc)} has no package name (add #egg=<name>); not inspected`);
      return undefined;
    }
    const t: Target = { name, origin };
    if (archive && kind !== 'vcs') t.version = archive.version;
    if (marker) t.marker = marker;
    if (extras) t.extras = extras;
    return t;
  }
  const req = parsePep508(target, where);
  const t: Target = { name: req.name, spec: req.spec, extras: req.extras };
  if (req.marker) t.marker = req.marker;
  if (req.url !== undefined) {
    t.origin = originOfUrl(req.url);
  } else if (editable) {
    throw userError(`${where}: -e needs a local path or VCS URL, not "${redact(target)}"`);
  }
  return t;
}
