import { isAnalysedPath } from '../../model/contents.js';
import type { Finding } from '../../model/index.js';
import type { ModelNotes } from '../model.js';
import { finding, type Detector, type PackageModel, type RuleMeta } from '../types.js';

type Noted = PackageModel & { notes?: Partial<ModelNotes> };

/**
 * A package that could not be inspected is itself a finding: the policy decides (fail-closed by default).
 * Partial inspection is reported too, so nothing passes in silence.
 */
const uninspectableMeta: RuleMeta = {
  id: 'customs/uninspectable',
  title: 'Package could not be inspected',
  vectors: ['metadata'],
  severity: 'high',
  behaviors: [],
  techniques: [],
  summary:
    'The artifact could not be read (unknown or unsupported format, corrupt or truncated archive, a bomb stopped by the limits), or its source analysis ran out of time: nothing in it was inspected, or only a part.',
  docs: `Customs never passes what it could not read. The policy key \`uninspectable\` decides what happens
(\`fail\` by default). The message names the artifact and the problem.

Source analysis is bounded per file by a step count (deterministic, so a verdict never depends on how busy
the machine is) with a 10 s safety deadline, and per artifact by a 60 s deadline (\`maxArtifactMs\`):
a file that runs at install or import time but is over the source size limit (8 MiB of Python, 16 MiB of
JavaScript), a file an analyser gave up on
(its step budget, its safety deadline, nesting too deep for the parser), and every file left unanalysed when
the artifact's deadline passed are reported here, so input crafted to exhaust the scanner never turns into a
pass.`,
};

const partialMeta: RuleMeta = {
  id: 'customs/partial-analysis',
  title: 'Part of the package was not analysed',
  vectors: ['metadata'],
  severity: 'medium',
  behaviors: [],
  techniques: [],
  summary:
    'Some files were skipped (over the size limits, links, paths outside the package) or could not be parsed in full within the analysis budget.',
  docs: `The package was inspected, but not all of it. Skipped archive entries that try to leave the package
(absolute or \`..\` paths) are **medium**; files over the size limits, source that exceeded the analysis budget
or did not parse: **medium** when the file runs at install or import time, **low** otherwise; a data or binary
file over the per-file limit (not source, \`.pth\` or a manifest: generated JSON, a bundled binary) is **low**,
as the analysers would not read it anyway, and its bytes are inflated and dropped, not held, so they count
against a ceiling of four times the total limit instead of the total; links and special files that installers
do not extract as code: **info**.`,
};

export const uninspectable: Detector = {
  meta: uninspectableMeta,
  run(pkg: Noted) {
    const out = timeFindings(pkg);
    const err = pkg.contents.error;
    if (!err) return out;
    return [
      ...out,
      finding(uninspectableMeta, {
        severity: 'high',
        vector: 'metadata',
        message: pkg.contents.files.length > 0 ? `only part of the archive could be read: ${err}` : `the archive could not be read: ${err}`,
        file: '.',
        line: 1,
        snippet: '',
        evidence: err,
      }),
    ];
  },
};

/** Analysis cut short by the time limits: the package was not fully inspected. */
function timeFindings(pkg: Noted): Finding[] {
  const out: Finding[] = [];
  for (const { file, ms, reason } of (pkg.notes?.overBudget ?? []).slice(0, 20)) {
    const message = `analysis of ${file} was cut short (${reason}; ${ms} ms): it was not fully analysed`;
    out.push(finding(uninspectableMeta, { severity: 'high', vector: 'metadata', message, file, line: 1, snippet: '' }));
  }
  for (const file of (pkg.notes?.oversized ?? []).filter((f) => runsEarly(pkg, f)).slice(0, 20)) {
    const message = `${file} runs at ${pkg.execution.vector(file, '<module>')} time but is larger than the source size limit: it was not analysed`;
    out.push(finding(uninspectableMeta, { severity: 'high', vector: 'metadata', message, file, line: 1, snippet: '' }));
  }
  const left = pkg.notes?.unanalysed ?? [];
  if (left.length > 0) {
    const names = `${left.slice(0, 3).join(', ')}${left.length > 3 ? `, and ${left.length - 3} more` : ''}`;
    const message = `the artifact's analysis deadline passed: ${left.length} source file(s) not analysed (${names})`;
    out.push(finding(uninspectableMeta, { severity: 'high', vector: 'metadata', message, file: '.', line: 1, snippet: '' }));
  }
  return out;
}

/** Code that runs at install or import time: not analysing it is not analysing the package. */
function runsEarly(pkg: PackageModel, file: string): boolean {
  return pkg.execution.vector(file, '<module>') !== 'runtime';
}

function partial(pkg: Noted): Finding[] {
  const out: Finding[] = [];
  const escapes = pkg.contents.skipped.filter((s) => s.reason === 'absolute-path' || s.reason === 'path-traversal');
  if (escapes.length > 0) {
    out.push(
      finding(partialMeta, {
        severity: 'medium',
        vector: 'metadata',
        message: `${escapes.length} archive entr${escapes.length === 1 ? 'y tries' : 'ies try'} to write outside the package: ${escapes.slice(0, 3).map((s) => s.archivePath).join(', ')}`,
        file: '.',
        line: 1,
        snippet: '',
      }),
    );
  }
  const limited = pkg.contents.skipped.filter((s) => /too-large|exceeded|too-many|ratio|unreadable|encrypted/.test(s.reason));
  for (const s of limited.slice(0, 20)) {
    // A data or binary file over the size limit is one the analysers would not have read anyway.
    const severity = s.reason === 'file-too-large' && !isAnalysedPath(s.archivePath) ? 'low' : 'medium';
    out.push(finding(partialMeta, { severity, vector: 'metadata', message: `${s.archivePath} was not inspected: ${s.reason}${s.detail ? ` (${s.detail})` : ''}`, file: '.', line: 1, snippet: '' }));
  }
  for (const file of (pkg.notes?.oversized ?? []).filter((f) => !runsEarly(pkg, f))) {
    out.push(finding(partialMeta, { severity: 'low', vector: 'metadata', message: `${file} is larger than the source size limit and was not parsed`, file, line: 1, snippet: '' }));
  }
  for (const [file, f] of pkg.facts) {
    if (!f.parseError) continue;
    const early = pkg.execution.vector(file, '<module>') !== 'runtime';
    out.push(
      finding(partialMeta, {
        severity: early ? 'medium' : 'low',
        confidence: 'medium',
        vector: pkg.execution.vector(file, '<module>'),
        message: `${file} was only partly analysed: ${f.parseError}`,
        file,
        line: 1,
        snippet: '',
      }),
    );
  }
  return out;
}

export const partialAnalysis: Detector = { meta: partialMeta, run: partial };
