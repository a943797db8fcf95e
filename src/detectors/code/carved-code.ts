import type { ValueFact } from '../../model/index.js';
import type { CodeEvent } from '../shared/events.js';
import { READS_FILE as JS_READS_FILE } from '../javascript/exec-files.js';
import { FILE_READS, READS_FILE } from '../python/exec-files.js';
import { normalizePackagePath } from '../shared/package-paths.js';
import type { PackageModel } from '../types.js';

/** Cutting a piece out of a text: split, slices, reversal, per-line selection, a match. */
const CARVED: Record<'python' | 'javascript', RegExp> = {
  python: /\.(split|rsplit|splitlines|partition|rpartition|replace|translate)\s*\(|\[[^\]]*:[^\]]*\]|\breversed\s*\(/,
  javascript: /\.(split|slice|substr|substring|match|matchAll|replace|replaceAll|reverse)\s*\(/,
};
/** Reads of a file's text: in the argument (its text), or earlier in the same function (the read's callee). */
const READ_TEXT: Record<'python' | 'javascript', RegExp> = { python: READS_FILE, javascript: JS_READS_FILE };
const READS: Record<'python' | 'javascript', RegExp> = { python: FILE_READS, javascript: /^fs\.(readFileSync|readFile|promises\.readFile)$/ };
/** Source files (executing part of one is how setup.py reads a version line) and templates (compiled into functions). */
const NOT_DATA = /\.(pyw?|[cm]?[jt]sx?|html?|ejs|hbs|handlebars|mustache|pug|jade|njk|liquid|tpl|vue|svelte)$/i;

/**
 * The package file, neither source nor a template, that the executed code is cut out of
 * (`open('setup.cfg').read().splitlines()[-1][1:]`, `open('LICENSE.txt').read()[::-1]`,
 * `eval(fs.readFileSync(__dirname + '/README.md', 'utf8').split('<!-- x -->')[1])`, a comment matched out of
 * an SVG): a piece of a README, a config or a data file run as code is a hidden stage. The file is named in
 * the argument or by a read of the same function that the argument refers to.
 */
export function carvedDataFile(pkg: PackageModel, e: CodeEvent, arg: ValueFact | undefined): string | undefined {
  if (!arg || !CARVED[e.language].test(arg.text)) return undefined;
  const texts = READ_TEXT[e.language].test(arg.text) ? [arg.text] : [];
  if (texts.length === 0 && arg.refs.some((r) => READS[e.language].test(r))) {
    for (const c of pkg.facts.get(e.file)?.calls ?? []) if (c.scope === e.scope && c.line <= e.line && READS[e.language].test(c.callee)) texts.push(c.text);
  }
  const dir = e.file.includes('/') ? e.file.slice(0, e.file.lastIndexOf('/') + 1) : '';
  for (const text of texts) {
    for (const m of text.matchAll(/(['"`])([^'"`\n]{1,200})\1/g)) {
      const name = normalizePackagePath(m[2] as string);
      const file = pkg.contents.files.find((f) => f.path === name || f.path === normalizePackagePath(dir + name));
      if (file && !NOT_DATA.test(file.path)) return file.path;
    }
  }
  return undefined;
}
