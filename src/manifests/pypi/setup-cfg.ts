/**
 * setup.cfg: `[options] install_requires`, `setup_requires` (installed to run setup.py: group 'build'),
 * `tests_require` (group 'dev') and `[options.extras_require]` (the extra's name as group).
 * setuptools reads these lists one requirement per line, or `;`-separated when written on one line, and
 * skips lines starting with `#` (setuptools/config/setupcfg.py, _parse_requirements_list).
 * https://setuptools.pypa.io/en/latest/userguide/declarative_config.html
 */
import type { ManifestResult } from '../../model/dependencies.js';
import { declare, emptyResult, redact } from './declared.js';
import { resolveInclude } from './include-path.js';
import { parseIni, type IniEntry } from './ini.js';
import { originOfUrl, parsePep508 } from './pep508.js';

export function parseSetupCfg(file: string, text: string): ManifestResult {
  const result = emptyResult(file, 'setup-cfg', false);
  const ini = parseIni(file, text);
  const options = ini.get('options');
  const lists: [IniEntry | undefined, string][] = [
    [options?.get('install_requires'), 'prod'],
    [options?.get('setup_requires'), 'build'],
    [options?.get('tests_require'), 'dev'],
  ];
  for (const [extra, entry] of ini.get('options.extras_require') ?? []) lists.push([entry, extra]);
  for (const [entry, group] of lists) if (entry) readList(file, entry, group, result);
  // dependency_links: extra download locations (deprecated, ignored by modern pip) — worth showing.
  for (const v of options?.get('dependency_links')?.values ?? []) {
    if (v.text !== '') result.notes.push(`${file}:${v.line}: dependency_links names a download location ${redact(v.text)}`);
  }
  return result;
}

function readList(file: string, entry: IniEntry, group: string, result: ManifestResult): void {
  const lines = entry.values.filter((v) => v.text !== '');
  if (lines.length === 1 && lines[0]!.text.startsWith('file:')) {
    // `file: a.txt, b.txt` — requirement files relative to setup.cfg, read by setuptools at build time.
    for (const target of lines[0]!.text.slice(5).split(',').map((t) => t.trim()).filter(Boolean)) {
      const where = `${file}:${lines[0]!.line}`;
      result.includes.push({ file: resolveInclude(file, target, where), constraint: false, source: { file, line: lines[0]!.line } });
      result.notes.push(`${where}: ${entry.key} is read from ${target} at build time`);
    }
    return;
  }
  const items = entry.values.length === 1 && lines.length === 1
    ? lines[0]!.text.split(';').map((text) => ({ line: lines[0]!.line, text: text.trim() }))
    : lines;
  for (const { line, text } of items) {
    if (text === '' || text.startsWith('#')) continue;
    const req = parsePep508(text, `${file}:${line}`);
    const d = declare({ name: req.name, spec: req.spec, group, source: { file, line }, extras: req.extras });
    if (req.marker) d.marker = req.marker;
    if (req.url !== undefined) {
      d.origin = originOfUrl(req.url);
    }
    result.dependencies.push(d);
  }
}
