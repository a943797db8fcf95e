/**
 * Version drift (issue 6 item 5): what an update adds compared with the version the lockfile held before.
 * A mature package with a postinstall it has had for years is not news; the same package gaining one in a
 * patch release is how hijacked accounts ship malware (`ua-parser-js` 0.7.29, `rc` 1.2.9, `coa` 2.0.3).
 * Everything here is pure: it compares the Findings of the current and the previous artifact (and, for
 * dependencies, the two versions' registry metadata).
 */
import type { PackageMetadata } from '../../model/dependencies.js';
import { severityRank, type Finding, type Severity } from '../../model/finding.js';
import { finding, type RuleMeta } from '../types.js';
import { isBinaryExecutable } from '../shared/native-binary.js';

export { isBinaryExecutable };

/** Capability classes an update can gain. */
export type Capability = 'install-hook' | 'network' | 'process' | 'credential' | 'obfuscation' | 'binary';

/**
 * Rule id → the capabilities its findings show. Rules in src/detectors/registry.ts and docs/rules/ that are not
 * listed (platform-targeting, trace-deletion, pkg/…, customs/…) say nothing about what the code can do.
 * No rule reports binary files yet; `binary` comes from the optional file lists (see `binaryPaths`).
 */
export const CAPABILITY_RULES: Readonly<Record<string, readonly Capability[]>> = {
  'js/install-script': ['install-hook'],
  'py/cmdclass-override': ['install-hook'],
  'py/setup-requires': ['install-hook'],
  'py/build-backend': ['install-hook'],
  'py/pth-exec': ['install-hook'],
  'code/network-at-install': ['network'],
  'code/exfil-endpoint': ['network'],
  'code/download-execute': ['network', 'process'],
  'code/reverse-shell': ['network', 'process'],
  'code/command-execution': ['process'],
  'code/code-execution': ['process'],
  'code/sandbox-escape': ['process'],
  'code/persistence': ['process'],
  'code/info-stealing': ['credential'],
  'js/wallet-hijack': ['credential'],
  'code/obfuscation': ['obfuscation'],
  'code/steganography': ['obfuscation', 'process'],
};

const CAPABILITY_TEXT: Record<Capability, string> = {
  'install-hook': 'an install hook',
  network: 'network access',
  process: 'command or code execution',
  credential: 'credential or secret access',
  obfuscation: 'obfuscated or hidden code',
  binary: 'binary executables',
};

const newCapabilityMeta: RuleMeta = {
  id: 'pkg/new-capability',
  title: 'Update gained a capability',
  vectors: ['metadata'],
  severity: 'high',
  behaviors: [],
  techniques: [],
  summary:
    'An updated package can do something its previously locked version could not: run at install time, use the network, run commands or code, read credentials, hide code, or ship binaries.',
  docs: `Compares the findings of the new version's artifact with those of the version the lockfile held before
and reports each **capability class** present now but absent before, "new since <previous version>":

| class | rules |
|---|---|
| install hook | \`js/install-script\`, \`py/cmdclass-override\`, \`py/setup-requires\`, \`py/build-backend\`, \`py/pth-exec\` |
| network | \`code/network-at-install\`, \`code/exfil-endpoint\`, \`code/download-execute\`, \`code/reverse-shell\` |
| process | \`code/command-execution\`, \`code/code-execution\`, \`code/sandbox-escape\`, \`code/persistence\`, \`code/download-execute\`, \`code/reverse-shell\`, \`code/steganography\` |
| credential | \`code/info-stealing\`, \`js/wallet-hijack\` |
| obfuscation | \`code/obfuscation\`, \`code/steganography\` |
| binary | executables and native libraries in the package (ELF, PE, Mach-O, \`.node\`/\`.so\`/\`.dll\`/\`.dylib\`/\`.exe\`) |

Severity is the most severe new underlying finding, capped at **high** (the underlying findings keep their
own severity; this one says that the capability is *new*, which is what hijacked releases look like). A
capability the previous version already had gives no finding: a mature package's years-old \`postinstall\`
is not news. When the previous version could not be fully inspected its capability set may be incomplete,
which can only make more things look new, never fewer.

**\`drift: new-only\`** (policy option): \`downgradeOld\` lowers findings whose every capability class already
existed in the previous version to **low**, with "(already in <previous>)" added to the message, so a gate
fails on what an update changed rather than on what the project has always done. Findings of rules outside
the table (typosquatting, known-malicious, integrity, coverage) are never downgraded.`,
};

const newDependencyMeta: RuleMeta = {
  id: 'pkg/new-dependency',
  title: 'Update added a dependency',
  vectors: ['metadata'],
  severity: 'low',
  behaviors: [],
  techniques: [],
  summary: 'An updated package declares a runtime dependency its previously locked version did not.',
  docs: `Attackers who take over a package often add a dependency they control rather than touch its code
(\`event-stream\` → \`flatmap-stream\`). Each new dependency name is **low**; the new dependency is itself a
dependency change that Customs resolves and inspects when the lockfile lists it. When either version's
dependency list is unavailable from the registry, one **info** finding says the comparison was not made.`,
};

export const DRIFT_RULES: RuleMeta[] = [newCapabilityMeta, newDependencyMeta];

const at = { file: '.', line: 1 } as const;

/** Capability classes a set of findings shows (plus `binary` when binary paths are given). */
export function capabilitiesOf(findings: readonly Finding[], binaries: readonly string[] = []): Set<Capability> {
  const out = new Set<Capability>();
  for (const f of findings) for (const c of CAPABILITY_RULES[f.ruleId] ?? []) out.add(c);
  if (binaries.length > 0) out.add('binary');
  return out;
}

/** Optional lists of binary files (paths inside the package) of each version, e.g. from `binaryPaths`. */
export interface BinaryFiles {
  current: readonly string[];
  previous: readonly string[];
}

const capAt = (s: Severity, cap: Severity): Severity => (severityRank(s) > severityRank(cap) ? cap : s);

/**
 * One `pkg/new-capability` finding per capability class present in `current` but not in `previous`.
 * @param previousVersion the version the lockfile held before, for the message
 */
export function driftFindings(current: readonly Finding[], previous: readonly Finding[], previousVersion: string, binaries?: BinaryFiles): Finding[] {
  const before = capabilitiesOf(previous, binaries?.previous);
  const out: Finding[] = [];
  for (const cap of Object.keys(CAPABILITY_TEXT) as Capability[]) {
    if (before.has(cap)) continue;
    const causes = current.filter((f) => (CAPABILITY_RULES[f.ruleId] ?? []).includes(cap));
    const newBinaries = cap === 'binary' ? [...(binaries?.current ?? [])] : [];
    if (causes.length === 0 && newBinaries.length === 0) continue;
    const worst = causes.reduce<Severity>((w, f) => (severityRank(f.severity) > severityRank(w) ? f.severity : w), newBinaries.length ? 'medium' : 'info');
    const first = causes[0];
    const evidence = [
      ...causes.slice(0, 10).map((f) => `${f.ruleId} (${f.severity}) ${f.location.file}:${f.location.line}: ${f.message}`),
      ...newBinaries.slice(0, 10).map((p) => `binary: ${p}`),
    ].join('\n');
    out.push(
      finding(newCapabilityMeta, {
        severity: capAt(worst, 'high'),
        confidence: first?.confidence ?? 'medium',
        vector: first?.vector ?? 'metadata',
        behaviors: [...new Set(causes.flatMap((f) => f.behaviors))],
        techniques: [...new Set(causes.flatMap((f) => f.techniques))],
        message: `${CAPABILITY_TEXT[cap]}: new since ${previousVersion}`,
        file: first?.location.file ?? newBinaries[0] ?? at.file,
        line: first?.location.line ?? at.line,
        snippet: first?.snippet ?? '',
        evidence,
      }),
    );
  }
  return out;
}

/** Capability classes already present in the previous version and still present now. */
export function matureCapabilities(current: readonly Finding[], previous: readonly Finding[], binaries?: BinaryFiles): Set<Capability> {
  const now = capabilitiesOf(current, binaries?.current);
  const before = capabilitiesOf(previous, binaries?.previous);
  return new Set([...now].filter((c) => before.has(c)));
}

/**
 * For the policy option `drift: new-only`: findings whose every capability class already existed in the
 * previous version drop to `low` (never raised: `info` stays `info`) with "(already in <previousVersion>)"
 * appended. Findings of rules without a capability class come back unchanged. Returns new objects.
 */
export function downgradeOld(findings: readonly Finding[], previousFindings: readonly Finding[], previousVersion: string): Finding[] {
  const before = capabilitiesOf(previousFindings);
  return findings.map((f) => {
    const caps = CAPABILITY_RULES[f.ruleId] ?? [];
    if (caps.length === 0 || !caps.every((c) => before.has(c))) return f;
    const severity = severityRank(f.severity) > severityRank('low') ? 'low' : f.severity;
    return { ...f, severity, message: `${f.message} (already in ${previousVersion})` };
  });
}

/** A `pkg/new-dependency` finding (low) per dependency name `current` declares and `previous` did not. */
export function newDependencies(current: PackageMetadata, previous: PackageMetadata): Finding[] {
  const lacking = [current.unavailable.includes('dependencies') ? 'this version' : '', previous.unavailable.includes('dependencies') ? 'the previous version' : ''].filter(Boolean);
  if (lacking.length > 0) {
    return [
      finding(newDependencyMeta, {
        severity: 'info',
        vector: 'metadata',
        message: `new dependencies not compared: the registry did not supply the dependencies of ${lacking.join(' and ')}`,
        ...at,
      }),
    ];
  }
  const before = new Set(previous.dependencies.map((d) => d.name.toLowerCase()));
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const d of current.dependencies) {
    const key = d.name.toLowerCase();
    if (before.has(key) || seen.has(key)) continue;
    seen.add(key);
    out.push(
      finding(newDependencyMeta, {
        severity: 'low',
        vector: 'metadata',
        message: `new ${d.optional ? 'optional ' : ''}dependency ${d.name}${d.spec ? ` ${d.spec}` : ''}`,
        ...at,
        evidence: `${d.name} ${d.spec}${d.marker ? ` ; ${d.marker}` : ''}`.trim(),
      }),
    );
  }
  return out;
}

/** Paths of binary executables among a package's files (for `driftFindings`' `binaries`). */
export function binaryPaths(files: readonly { path: string; data: Uint8Array }[]): string[] {
  return files.filter((f) => isBinaryExecutable(f.path, f.data.subarray(0, 64))).map((f) => f.path);
}
