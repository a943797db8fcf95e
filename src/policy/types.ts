import type { Ecosystem, Severity } from '../model/index.js';

/** The TypeScript view of schemas/policy.schema.json; `parsePolicy` maps the file's kebab-case keys onto it. */
export type Threshold = Severity | 'never';
export type Outcome = 'fail' | 'warn' | 'pass';

export interface RuleSetting {
  /** `off` drops the rule's findings; a severity replaces the rule's own. */
  severity: Severity | 'off';
}

export interface AllowEntry {
  /** `npm:name` or `pypi:name`; name alone matches both ecosystems. */
  package: string;
  version?: string;
  /** `sha256:<hex>` of the artifact. */
  digest?: string;
  /** Rules it covers; empty or absent means all. */
  rules?: string[];
  reason: string;
  /** ISO date (YYYY-MM-DD); the entry stops applying after that day. */
  expires?: string;
}

export interface DenyEntry {
  /** `npm:name`, `pypi:name` or a glob such as `npm:@evil/*`. */
  package: string;
  reason: string;
}

/** Registry endpoints; tokens are named by environment variable only, never stored in the policy. */
export interface RegistrySettings {
  pypi: { indexUrl: string; extraIndexUrls: string[]; tokenEnv?: string };
  npm: { registry: string; tokenEnv?: string; scopes: Record<string, { registry: string; tokenEnv?: string }> };
}

export interface Policy {
  failOn: Threshold;
  warnOn: Threshold;
  /** What to do with a package that could not be (fully) inspected. */
  uninspectable: Outcome;
  rules: Record<string, RuleSetting>;
  allow: AllowEntry[];
  deny: DenyEntry[];
  registries: RegistrySettings;
  /** Names or globs of private packages (dependency-confusion check). */
  internal: string[];
  ecosystems: Ecosystem[];
  /** Levels of transitive dependencies resolved for unlocked changes. */
  chainDepth: number;
  /** `new-only`: findings whose capability the previous version already had drop to low (see pkg/new-capability). */
  drift: 'report' | 'new-only';
}
