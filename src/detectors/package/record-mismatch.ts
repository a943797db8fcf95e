import { createHash } from 'node:crypto';
import type { Finding, Severity } from '../../model/index.js';
import { finding, type Detector, type PackageModel, type RuleMeta } from '../types.js';

const meta: RuleMeta = {
  id: 'pkg/record-mismatch',
  title: 'Wheel contents disagree with its RECORD',
  vectors: ['metadata'],
  severity: 'low',
  behaviors: [],
  techniques: ['obfuscation'],
  summary:
    "A wheel's `*.dist-info/RECORD` does not list a file the wheel holds, or lists it with another hash or size: the wheel was changed after it was built, the way a file is slipped into a released package.",
  docs: `Build tools write \`RECORD\` last, with the SHA-256 and size of every file in the wheel
([binary distribution format](https://packaging.python.org/en/latest/specifications/binary-distribution-format/),
[recording installed projects](https://packaging.python.org/en/latest/specifications/recording-installed-packages/#the-record-file)).
pip installs what the zip holds and does not check it against RECORD, so an edited wheel still installs.

This is a provenance hint, not a verdict: Customs inspects every file the wheel holds, which is what pip
installs, so an added or edited file is judged by the code rules on its own. Repackagers (Linux distributions
rebuilding wheels, stripping native modules, adding files) produce the same disagreement, so the hint never
fails a package by itself:

- a code file (\`.py\`, \`.pth\`, native modules) missing from RECORD, or whose hash or size differs: **low**;
- any other file missing or different, or a wheel without RECORD: **info**.

Hex digests (written by some repackagers) are accepted as well as the standard urlsafe base64.

Signature files next to RECORD (\`RECORD.jws\`, \`RECORD.p7s\`) and RECORD itself are not listed by design.`,
};

const CODE = /\.(py|pyw|pth|so|pyd|dylib)$/i;
const UNLISTED = /^[^/]+\.dist-info\/RECORD(\.jws|\.p7s)?$/;
const HASHES = new Set(['sha256', 'sha384', 'sha512']);
const MAX_FINDINGS = 20;

interface RecordEntry {
  hash: string;
  size: string;
  line: number;
  text: string;
}

/** RECORD is CSV (path,hash,size); paths with commas are quoted as the csv module writes them. */
function parseRecord(text: string): Map<string, RecordEntry> {
  const out = new Map<string, RecordEntry>();
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    const fields: string[] = [];
    const re = /("(?:[^"]|"")*"|[^,]*)(?:,|$)/g;
    for (let m = re.exec(line); m !== null && fields.length < 3; m = re.exec(line)) {
      const raw = m[1] ?? '';
      fields.push(raw.startsWith('"') ? raw.slice(1, -1).replace(/""/g, '"') : raw);
      if (m.index + m[0].length >= line.length) break;
    }
    const [path = '', hash = '', size = ''] = fields;
    out.set(path.replace(/^\.\//, ''), { hash, size, line: i + 1, text: line });
  });
  return out;
}

/**
 * PEP 376/427 say urlsafe base64 without padding; some repackagers (Debian's wheel builds) write hex. Both
 * name the same bytes, so either spelling matches.
 */
function digestMatches(algorithm: string, data: Uint8Array, expected: string): boolean {
  const digest = createHash(algorithm).update(data).digest();
  return expected === digest.toString('base64url') || expected.toLowerCase() === digest.toString('hex');
}

function check(pkg: PackageModel): Finding[] {
  if (pkg.kind !== 'wheel') return [];
  const recordFile = pkg.contents.files.find((f) => /^[^/]+\.dist-info\/RECORD$/.test(f.path));
  if (!recordFile) {
    const message = 'the wheel has no *.dist-info/RECORD, which every wheel builder writes';
    return [finding(meta, { severity: 'info', vector: 'metadata', message, file: '.', line: 1 })];
  }
  const record = parseRecord(pkg.text(recordFile.path) ?? '');
  const out: Finding[] = [];
  const report = (severity: Severity, message: string, file: string, line: number, snippet = ''): void => {
    out.push(finding(meta, { severity, vector: 'metadata', message, file, line, snippet }));
  };
  for (const file of pkg.contents.files) {
    if (out.length >= MAX_FINDINGS) break;
    if (UNLISTED.test(file.path)) continue;
    const severity: Severity = CODE.test(file.path) ? 'low' : 'info';
    const entry = record.get(file.path);
    if (!entry) {
      report(severity, `${file.path} is in the wheel but not in ${recordFile.path}: it was added after the build`, file.path, 1);
      continue;
    }
    const [algorithm = '', expected = ''] = entry.hash.split('=', 2);
    if (HASHES.has(algorithm) && !digestMatches(algorithm, file.data, expected)) {
      report(severity, `${file.path} does not match its ${algorithm} in ${recordFile.path}: it was changed after the build`, recordFile.path, entry.line, entry.text);
    } else if (entry.size !== '' && Number(entry.size) !== file.size) {
      report(severity, `${file.path} holds ${file.size} bytes, ${recordFile.path} says ${entry.size}`, recordFile.path, entry.line, entry.text);
    }
  }
  return out;
}

export const recordMismatch: Detector = { meta, run: check };
