/** The result of one scan (a base vs head comparison), as every reporter and the Action consume it. */
import type { DependencyChange } from './dependencies.js';
import type { Decision, Finding, PackageRef, Severity } from './finding.js';

/** A finding together with the artifact it was found in (`''` for package-level signals such as a name). */
export interface PackageFinding extends Finding {
  artifact: string;
}

export interface PackageResult {
  ref: PackageRef;
  change: DependencyChange;
  /** Worst decision over the package's artifacts and package-level findings. */
  decision: Decision;
  findings: PackageFinding[];
  /** Why the decision is what it is, including allow-list entries that applied or expired. */
  reasons: string[];
  /** Artifact file names inspected (sdist, wheels, tarball). */
  artifacts: { filename: string; digest: string; url: string }[];
}

export interface ScanReport {
  tool: { name: 'customs'; version: string; engineVersion: string };
  /** `owner/repo` when known. */
  repository?: string;
  base: string;
  head: string;
  decision: Decision;
  /** The thresholds the policy applied. */
  failOn: Severity | 'never';
  warnOn?: Severity | 'never';
  /** Every change found, including removals and packages not inspected (removed ones). */
  changes: DependencyChange[];
  /** Inspected packages (added and updated), in a stable order. */
  packages: PackageResult[];
  /** Stage-level problems shown to the user (unreadable manifest, registry down). Never silent. */
  errors: string[];
  /** Things the reader should know that do not change the decision (a lookup that was unavailable). */
  notices?: string[];
  generatedAt: string;
}
