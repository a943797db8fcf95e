/**
 * Rules the scan raises about a package as a whole, outside its code: it could not be fetched or resolved,
 * its bytes do not match what the lockfile or registry promised, or it is a published malicious package.
 * They are detectors without a `run` over contents, so `customs rules`, docs, SARIF and the policy know them.
 */
import type { Finding } from '../../model/index.js';
import { SCAN_STAGE_RULES } from '../package/confusion.js';
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
/** Raised by the scan itself (src/scan.ts), not over package contents; tested there, not with fixtures. */
export const SCAN_DETECTORS: readonly Detector[] = [integrityMismatch, knownMalicious, ...SCAN_STAGE_RULES.map((meta) => ({ meta, run: noRun }))];

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
