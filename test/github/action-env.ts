// Test helper: an Actions runner environment in temp files (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, event payload)
// so @actions/core runs for real, plus a small scan report and its rendering.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DependencyChange } from '../../src/model/dependencies.js';
import type { Decision } from '../../src/model/finding.js';
import type { ScanReport } from '../../src/model/scan.js';
import { SUMMARY_MARKER, findingMarker, type Rendered, type ReviewComment } from '../../src/github/rendered.js';

// core.summary remembers the first GITHUB_STEP_SUMMARY path it sees (one run per process on a runner), so
// every test in a process shares one summary file, emptied when an environment is set up.
const SUMMARY_FILE = join(tmpdir(), `customs-gh-summary-${process.pid}.md`);

export class RunnerEnv {
  readonly dir = mkdtempSync(join(tmpdir(), 'customs-gh-'));
  private readonly saved = new Map<string, string | undefined>();
  stdout = '';
  private realWrite = process.stdout.write.bind(process.stdout);

  constructor(event: { name: string; payload: unknown }, inputs: Record<string, string>, apiUrl: string) {
    writeFileSync(join(this.dir, 'event.json'), JSON.stringify(event.payload));
    writeFileSync(join(this.dir, 'output'), '');
    writeFileSync(SUMMARY_FILE, '');
    const vars: Record<string, string> = {
      GITHUB_EVENT_NAME: event.name,
      GITHUB_EVENT_PATH: join(this.dir, 'event.json'),
      GITHUB_REPOSITORY: 'acme/app',
      GITHUB_API_URL: apiUrl,
      GITHUB_OUTPUT: join(this.dir, 'output'),
      GITHUB_STEP_SUMMARY: SUMMARY_FILE,
      'INPUT_SARIF-FILE': join(this.dir, 'out', 'customs.sarif'),
      'INPUT_REPORT-FILE': join(this.dir, 'out', 'report.json'),
    };
    for (const [k, v] of Object.entries(inputs)) vars[`INPUT_${k.toUpperCase()}`] = v;
    for (const k of Object.keys(process.env)) if (k.startsWith('INPUT_')) this.set(k, undefined);
    for (const [k, v] of Object.entries(vars)) this.set(k, v);
    process.stdout.write = ((chunk: string | Uint8Array) => {
      this.stdout += String(chunk);
      return true;
    }) as typeof process.stdout.write;
  }

  private set(k: string, v: string | undefined) {
    if (!this.saved.has(k)) this.saved.set(k, process.env[k]);
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }

  /** Step outputs written through GITHUB_OUTPUT's heredoc format. */
  outputs(): Record<string, string> {
    const text = readFileSync(join(this.dir, 'output'), 'utf8');
    const out: Record<string, string> = {};
    for (const m of text.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) out[m[1]!] = m[3]!;
    return out;
  }

  summary(): string {
    return readFileSync(SUMMARY_FILE, 'utf8');
  }

  file(name: string): string {
    return readFileSync(join(this.dir, 'out', name), 'utf8');
  }

  restore(): void {
    process.stdout.write = this.realWrite;
    for (const [k, v] of this.saved) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    process.exitCode = 0;
    rmSync(this.dir, { recursive: true, force: true });
    rmSync(SUMMARY_FILE, { force: true });
  }
}

export function sampleReport(decision: Decision, findings = 2): ScanReport {
  const ref = { ecosystem: 'pypi' as const, name: 'evil', version: '1.0' };
  const change: DependencyChange = { ref, change: 'added', direct: true, path: [ref], source: { file: 'requirements.txt', line: 2 }, origin: { kind: 'registry' }, integrity: [], locked: false };
  const finding = { ruleId: 'py/setup-download-exec', severity: 'critical' as const, confidence: 'high' as const, vector: 'install' as const, behaviors: [], techniques: [], message: 'setup.py downloads and runs code', location: { file: 'setup.py', line: 3 }, snippet: 'exec(urlopen(u).read())', artifact: 'evil-1.0.tar.gz' };
  return {
    tool: { name: 'customs', version: '0.1.0', engineVersion: '0.1.0' }, repository: 'acme/app', base: 'b1', head: 'h1', decision, failOn: 'high',
    changes: [change], packages: [{ ref, change, decision, findings: Array(findings).fill(finding), reasons: ['critical finding'], artifacts: [] }],
    errors: [], generatedAt: '2026-01-01T00:00:00Z',
  };
}

export function comment(path: string, line: number, fingerprint: string): ReviewComment {
  return { path, line, fingerprint, body: `**Customs**: evil 1.0 runs code at install.\n\n${findingMarker(fingerprint)}` };
}

export function rendering(review: ReviewComment[], summaryText = 'Customs: 1 package failed.'): (r: ScanReport) => Rendered {
  return (r) => ({
    summary: `${SUMMARY_MARKER}\n${summaryText} (${r.decision})`,
    jobSummary: `# Customs\n${summaryText}`,
    review,
    annotations: review.map((c) => ({ severity: 'critical' as const, file: c.path, line: c.line, title: 'py/setup-download-exec', message: 'evil 1.0 runs code at install' })),
    sarif: { version: '2.1.0', runs: [] },
    json: { decision: r.decision },
  });
}
