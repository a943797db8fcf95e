/**
 * Shared vocabulary of findings and verdicts. Behaviours and techniques follow the taxonomy of
 * Guo et al., "An Empirical Study of Malicious Code in PyPI Ecosystem" (ASE 2023).
 */
export type Ecosystem = 'pypi' | 'npm';

export interface PackageRef {
  ecosystem: Ecosystem;
  /** PEP 503-normalised for PyPI; as published for npm. */
  name: string;
  version: string;
}

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Higher is worse. */
export function severityRank(s: Severity): number {
  return SEVERITIES.length - SEVERITIES.indexOf(s);
}

export type Confidence = 'high' | 'medium' | 'low';

/** When the code runs: pip/npm install, import/require, only when a program is run, or no code at all. */
export type Vector = 'install' | 'import' | 'runtime' | 'metadata';

export const BEHAVIORS = [
  'information-stealing',
  'command-execution',
  'code-execution',
  'remote-control',
  'file-operation',
] as const;
export type Behavior = (typeof BEHAVIORS)[number];

export const TECHNIQUES = [
  'obfuscation',
  'external-payload',
  'indirect-import',
  'steganography',
  'sandbox-escape',
  'platform-targeting',
  'trace-deletion',
] as const;
export type Technique = (typeof TECHNIQUES)[number];

export interface Location {
  /** Path inside the package, relative to its root (no `name-version/` or `package/` prefix). */
  file: string;
  line: number;
  column?: number;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  confidence: Confidence;
  vector: Vector;
  behaviors: Behavior[];
  techniques: Technique[];
  message: string;
  location: Location;
  /** The source line(s) that triggered the finding, trimmed to a readable length. */
  snippet: string;
  /** Decoded payload, URL, command or path that shows why. */
  evidence?: string;
}

export type Decision = 'pass' | 'warn' | 'fail';

export interface Verdict {
  ref: PackageRef;
  /** The artifact file name the verdict is about. */
  artifact: string;
  decision: Decision;
  findings: Finding[];
  /** Every decision says why, including which policy entry let something through. */
  reasons: string[];
}
