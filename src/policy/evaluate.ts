import type { Decision, Finding, PackageRef, Verdict } from '../model/index.js';
import { severityRank } from '../model/index.js';
import { COVERAGE_RULES } from './schema.js';
import type { AllowEntry, Policy, Threshold } from './types.js';

function atLeast(f: Finding, t: Threshold): boolean {
  return t !== 'never' && severityRank(f.severity) >= severityRank(t);
}

function matchesPackage(pattern: string, ref: PackageRef): boolean {
  const [eco, name] = pattern.includes(':') ? (pattern.split(/:(.*)/s) as [string, string]) : [undefined, pattern];
  if (eco && eco !== ref.ecosystem) return false;
  const re = new RegExp(`^${name.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 'i');
  return re.test(ref.name);
}

function allowApplies(a: AllowEntry, ref: PackageRef, digest: string | undefined, today: string): 'yes' | 'expired' | 'no' {
  if (!matchesPackage(a.package, ref)) return 'no';
  if (a.version && a.version !== ref.version) return 'no';
  if (a.digest && a.digest.toLowerCase() !== digest?.toLowerCase()) return 'no';
  if (a.expires && a.expires < today) return 'expired';
  return 'yes';
}

export interface EvaluateInput {
  ref: PackageRef;
  artifact: string;
  /** `sha256:<hex>` of the artifact, for digest-pinned allow entries. */
  digest?: string;
  findings: Finding[];
  /** YYYY-MM-DD, injected so evaluation stays pure. */
  today: string;
}

/** Findings + policy → verdict, with every reason spelled out. Pure. */
export function evaluate(policy: Policy, input: EvaluateInput): Verdict {
  const reasons: string[] = [];
  const findings: Finding[] = [];
  for (const f of input.findings) {
    const setting = policy.rules[f.ruleId];
    if (setting?.severity === 'off') continue;
    findings.push(setting ? { ...f, severity: setting.severity } : f);
  }
  const deny = policy.deny.find((d) => matchesPackage(d.package, input.ref));
  if (deny) {
    reasons.push(`denied by policy entry ${deny.package}: ${deny.reason}`);
    return { ref: input.ref, artifact: input.artifact, decision: 'fail', findings, reasons };
  }
  const kept: Finding[] = [];
  const expired = new Map<AllowEntry, Set<string>>();
  for (const f of findings) {
    const entries = policy.allow.filter((a) => !a.rules || a.rules.length === 0 || a.rules.includes(f.ruleId));
    let allowed: AllowEntry | undefined;
    for (const a of entries) {
      const state = allowApplies(a, input.ref, input.digest, input.today);
      if (state === 'yes') allowed = a;
      else if (state === 'expired') expired.set(a, (expired.get(a) ?? new Set()).add(f.ruleId));
    }
    if (allowed) reasons.push(`${f.ruleId} allowed by policy entry ${allowed.package}: ${allowed.reason}`);
    else kept.push(f);
  }
  // An expired entry stops applying, and says so once with every rule it no longer covers.
  for (const [a, rules] of expired) reasons.push(`allow entry for ${a.package} expired on ${a.expires}; it no longer covers ${[...rules].join(', ')}`);
  let decision: Decision = 'pass';
  const raise = (d: Decision): void => {
    if (d === 'fail' || (d === 'warn' && decision === 'pass')) decision = d;
  };
  const coverage = kept.filter((f) => COVERAGE_RULES.has(f.ruleId));
  if (coverage.length > 0 && policy.uninspectable !== 'pass') {
    raise(policy.uninspectable);
    reasons.push(`not fully inspected (${coverage[0]!.message}); policy says ${policy.uninspectable} for uninspectable packages`);
  }
  const threats = kept.filter((f) => !COVERAGE_RULES.has(f.ruleId));
  const failing = threats.filter((f) => atLeast(f, policy.failOn));
  const warning = threats.filter((f) => !atLeast(f, policy.failOn) && atLeast(f, policy.warnOn));
  if (failing.length > 0) {
    raise('fail');
    reasons.push(`${failing.length} finding(s) at or above ${policy.failOn}: ${[...new Set(failing.map((f) => f.ruleId))].join(', ')}`);
  }
  if (warning.length > 0) {
    raise('warn');
    reasons.push(`${warning.length} finding(s) at or above ${policy.warnOn}: ${[...new Set(warning.map((f) => f.ruleId))].join(', ')}`);
  }
  if (decision === 'pass' && reasons.length === 0) reasons.push(`no finding at or above ${policy.warnOn}`);
  return { ref: input.ref, artifact: input.artifact, decision, findings, reasons };
}
