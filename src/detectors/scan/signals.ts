/**
 * Rules the scan raises about a package as a whole, outside its code: it could not be fetched or resolved,
 * its bytes do not match what the lockfile or registry promised, or it is a published malicious package.
 * They are detectors without a `run` over contents, so `customs rules`, docs, SARIF and the policy know them.
 */
import type { Finding } from '../../model/index.js';
import { redact, SCAN_STAGE_RULES } from '../package/confusion.js';
import { DRIFT_RULES } from '../package/drift.js';
import { MANIFEST_CONFUSION_RULES } from '../package/manifest-confusion.js';
import { METADATA_RULES } from '../package/metadata-signals.js';
import { finding, type Detector, type RuleMeta } from '../types.js';

const integrityMeta: RuleMeta = {
  id: 'customs/integrity-mismatch',
  title: 'Downloaded bytes differ from the pinned digest',
  vectors: ['metadata'],
  severity: 'critical',
  behaviors: [],
  techniques: [],
  summary: 'The artifact the registry served does not match the digest the lockfile or the registry index states.',
  docs: `A lockfile pins what was installed and reviewed; a registry that now serves other bytes for the same
version means a tampered mirror, a compromised registry, a man in the middle, or a lockfile edited to point at
other bytes. Customs never retries such a download and never inspects the bytes as if they were the package:
the mismatch itself is **critical**. The message shows the expected and actual digests.`,
};

const knownMaliciousMeta: RuleMeta = {
  id: 'pkg/known-malicious',
  title: 'Published as malicious (OSV MAL advisory)',
  vectors: ['metadata'],
  severity: 'critical',
  behaviors: [],
  techniques: [],
  summary: 'The package version is listed in the OpenSSF malicious-packages feed (OSV advisories with MAL- ids).',
  docs: `The cheapest true positive: someone already found and reported this version. Customs asks the OSV API
(batch query by ecosystem, name and version; withdrawn advisories ignored) and names the advisory. When the API
cannot be reached the lookup is reported as unavailable, and the code detectors still run.`,
};

const noRun = (): Finding[] => [];
export const integrityMismatch: Detector = { meta: integrityMeta, run: noRun };
export const knownMalicious: Detector = { meta: knownMaliciousMeta, run: noRun };

/** Where a package-level finding points: the package itself (its manifest line is in the change). */
const whole = { file: '.', line: 1, snippet: '' };

export function integrityFinding(artifact: string, expected: string, actual: string): Finding {
  return finding(integrityMeta, {
    ...whole,
    severity: 'critical',
    vector: 'metadata',
    message: `${artifact}: downloaded bytes do not match the pinned digest (expected ${expected}, got ${actual})`,
    evidence: `expected ${expected}\nactual   ${actual}`,
  });
}

export function knownMaliciousFinding(advisory: { id: string; summary?: string }): Finding {
  return finding(knownMaliciousMeta, {
    ...whole,
    severity: 'critical',
    vector: 'metadata',
    message: `listed as malicious by ${advisory.id}${advisory.summary ? `: ${advisory.summary}` : ''}`,
    evidence: `https://osv.dev/vulnerability/${advisory.id}`,
  });
}

/** Could not resolve, fetch or read: the `uninspectable` policy key decides (fail-closed by default). */
export function notInspectedFinding(message: string): Finding {
  return {
    ruleId: 'customs/uninspectable',
    severity: 'high',
    confidence: 'high',
    vector: 'metadata',
    behaviors: [],
    techniques: [],
    message,
    location: { file: '.', line: 1 },
    snippet: '',
  };
}

const lockfileSourceMeta: RuleMeta = {
  id: 'pkg/lockfile-source',
  title: 'Lockfile entry points away from the registry or lacks integrity',
  vectors: ['metadata'],
  severity: 'high',
  behaviors: [],
  techniques: ['external-payload'],
  summary:
    "A lockfile entry whose `resolved` URL is on another host than the registry the package resolves on, or that carries no integrity hash: the lockfile-injection pattern, where a PR edits a lockfile so the installer fetches other bytes.",
  docs: `Reviewers rarely read lockfile diffs, and npm installs a locked package from its \`resolved\` URL with the
lockfile's own \`integrity\`, so an edited entry can send the installer anywhere
([lockfile injection](https://snyk.io/blog/why-npm-lockfiles-can-be-a-security-blindspot-for-injecting-malicious-modules/)).
Customs downloads what the installer would (the \`resolved\` URL) and checks it against the registry's digest
as well as the lockfile's, so other bytes are a critical \`customs/integrity-mismatch\`. Beyond that:

- \`resolved\` on a host that is neither the registry the package resolved on nor a known mirror of the public
  npm registry (\`registry.yarnpkg.com\`, \`registry.npmmirror.com\`): **high** — even when the bytes match today,
  the host decides what is served tomorrow;
- a locked entry without integrity: **medium** (nothing pins the bytes).`,
};
export const lockfileSource: Detector = { meta: lockfileSourceMeta, run: noRun };

const NPM_MIRRORS = new Set(['registry.npmjs.org', 'registry.yarnpkg.com', 'registry.npmmirror.com']);

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return undefined;
  }
}

/** Findings about where a locked entry says its bytes come from (npm lockfiles record `resolved`). */
export function lockfileSourceFindings(
  change: { locked: boolean; origin: { kind: string; url?: string }; integrity: unknown[]; ref: { ecosystem: string; name: string } },
  resolved: { registry: string },
): Finding[] {
  if (!change.locked || change.ref.ecosystem !== 'npm' || change.origin.kind !== 'registry') return [];
  const out: Finding[] = [];
  const from = change.origin.url ? hostOf(change.origin.url) : undefined;
  const registry = hostOf(resolved.registry);
  const known = (h: string | undefined): boolean => h !== undefined && (h === registry || (NPM_MIRRORS.has(h) && NPM_MIRRORS.has(registry ?? '')));
  if (from !== undefined && !known(from)) {
    out.push(
      finding(lockfileSourceMeta, {
        ...whole,
        severity: 'high',
        vector: 'metadata',
        message: `the lockfile resolves ${change.ref.name} from ${from}, not from the registry it is published on (${registry ?? resolved.registry})`,
        evidence: redact(change.origin.url!),
      }),
    );
  }
  if (change.integrity.length === 0) {
    out.push(finding(lockfileSourceMeta, { ...whole, severity: 'medium', vector: 'metadata', message: `the lockfile entry for ${change.ref.name} has no integrity hash: nothing pins its bytes` }));
  }
  return out;
}

/** Raised by the scan itself (src/scan.ts), not over package contents; tested there, not with fixtures. */
export const SCAN_DETECTORS: readonly Detector[] = [
  integrityMismatch,
  knownMalicious,
  lockfileSource,
  ...[...SCAN_STAGE_RULES, ...METADATA_RULES, ...MANIFEST_CONFUSION_RULES, ...DRIFT_RULES].map((meta) => ({ meta, run: noRun })),
];
