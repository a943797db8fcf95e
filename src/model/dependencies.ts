/**
 * What manifests and lockfiles declare, what a pull request changes, and what registries hand back.
 * Stages: manifests/ (text → ManifestResult) → manifests/diff.ts (base vs head → DependencyChange[])
 * → registries/ (requirement → ResolvedPackage with Artifact[]) → fetch/ (Artifact → bytes).
 */
import type { Ecosystem, PackageRef } from './finding.js';

/** A line in the repository, to annotate (1-based; line 0 when a whole file is meant). */
export interface SourceLine {
  /** Repository-relative path with `/` separators. */
  file: string;
  line: number;
}

export type ManifestKind =
  | 'requirements' // requirements*.txt, *.in
  | 'pyproject' // PEP 621 / PEP 735 / Poetry
  | 'setup-cfg'
  | 'pipfile'
  | 'pipfile-lock'
  | 'poetry-lock'
  | 'uv-lock'
  | 'pdm-lock'
  | 'package-json'
  | 'package-lock' // package-lock.json and npm-shrinkwrap.json
  | 'yarn-lock'
  | 'pnpm-lock'
  | 'bun-lock';

/** Where a dependency's code comes from when it is not a registry version. */
export type Origin =
  | { kind: 'registry'; /** Lockfile `resolved` URL or the registry the lockfile names. */ url?: string }
  | { kind: 'url'; url: string }
  | { kind: 'vcs'; url: string }
  | { kind: 'path'; path: string }
  | { kind: 'workspace'; path: string };

export interface Integrity {
  algorithm: 'sha1' | 'sha256' | 'sha384' | 'sha512' | 'md5';
  /** Lower-case hex. (npm's base64 SRI values are converted.) */
  hex: string;
}

/** One dependency as a file declares it. */
export interface DeclaredDependency {
  ecosystem: Ecosystem;
  /** PEP 503-normalised for PyPI; as written for npm (including `@scope/`). */
  name: string;
  /** Exact version when the file pins it (lockfile entry, `==1.2.3`, npm exact `1.2.3`). */
  version?: string;
  /** The requirement as written: PEP 440 specifier (`>=1,<2`) or npm range (`^1.2.0`); '' when none. */
  spec: string;
  /** Declared by the project itself (not only reached through another package). */
  direct: boolean;
  /** `prod`, `dev`, `optional`, `peer`, or an extra/group name. */
  group: string;
  source: SourceLine;
  origin: Origin;
  /** Hashes the file pins (`--hash`, lockfile integrity/hashes). */
  integrity: Integrity[];
  /** PEP 508 environment marker, as written. */
  marker?: string;
  extras?: string[];
  /**
   * For lockfile entries reached through other packages: the names of one shortest chain from a direct
   * dependency to this one, direct dependency first, this package excluded. Empty for direct dependencies.
   */
  via: string[];
  /** The package this entry's dependencies were declared by, for lockfiles that record edges. */
  dependencies?: string[];
}

/** An index or registry a file configures (`--index-url`, `[[tool.uv.index]]`, `.npmrc registry=`). */
export interface DeclaredRegistry {
  url: string;
  /** npm scope (`@acme`) the registry serves; undefined for the default registry. */
  scope?: string;
  /** `--index-url` (replaces the default) vs `--extra-index-url` (added beside it). */
  role: 'primary' | 'extra';
  source: SourceLine;
}

export interface ManifestResult {
  file: string;
  kind: ManifestKind;
  ecosystem: Ecosystem;
  /** True for lockfiles: the complete, pinned install set (direct and transitive). */
  locked: boolean;
  dependencies: DeclaredDependency[];
  registries: DeclaredRegistry[];
  /** Files this one pulls in (`-r other.txt`, `-c constraints.txt`), relative to the repository root. */
  includes: { file: string; constraint: boolean; source: SourceLine }[];
  /** Things understood but not inspectable from text alone (e.g. `-e .`), shown to the user. */
  notes: string[];
}

export type ChangeKind = 'added' | 'updated' | 'removed';

export interface DependencyChange {
  /** The package version at head (for `removed`, the version at base). Unpinned ranges are resolved later. */
  ref: PackageRef;
  /** The requirement when no exact version is known yet (unlocked manifests). */
  spec?: string;
  previous?: string;
  change: ChangeKind;
  direct: boolean;
  /** Root → … → ref: how it got in (names with versions where known). */
  path: PackageRef[];
  /** Manifest or lockfile line at head to annotate (at base for removals). */
  source: SourceLine;
  origin: Origin;
  integrity: Integrity[];
  /** True when a lockfile pins the complete set, so transitive dependencies need not be resolved. */
  locked: boolean;
}

export type ArtifactType = 'sdist' | 'wheel' | 'npm-tarball';

export interface Artifact {
  ref: PackageRef;
  url: string;
  filename: string;
  type: ArtifactType;
  /** Digests the registry and the lockfile state; every one of them is checked after download. */
  integrity: Integrity[];
  size?: number;
}

export interface PackageMetadata {
  /** ISO time the version was published, when the registry says. */
  published?: string;
  /** ISO time of the first release of the project. */
  created?: string;
  versionCount?: number;
  maintainers?: string[];
  repository?: string;
  description?: string;
  deprecated?: string;
  /** npm: lifecycle scripts in the registry's manifest (to compare with the tarball's). */
  scripts?: Record<string, string>;
  bin?: Record<string, string>;
  /** Declared runtime dependencies of this version: PEP 508 strings or npm name → range. */
  dependencies: { name: string; spec: string; marker?: string; optional?: boolean }[];
  /** Fields the registry could not supply (e.g. a simple-API-only index has no JSON metadata). */
  unavailable: string[];
}

export interface ResolvedPackage {
  ref: PackageRef;
  artifacts: Artifact[];
  metadata: PackageMetadata;
  /** Registry root it was resolved against (credentials redacted). */
  registry: string;
}
