/**
 * SARIF for scans and for `customs inspect`, validated against the official OASIS SARIF 2.1.0 schema
 * (vendored in test/support/schemas, see its README) and checked against GitHub's upload rules.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { DETECTORS } from '../../src/detectors/registry.js';
import { analysisErrorMeta } from '../../src/detectors/engine/run.js';
import type { Severity } from '../../src/model/index.js';
import type { Inspection } from '../../src/pipeline.js';
import { buildSarif, buildScanSarif, pathUri, SARIF_LIMITS, SECURITY_SEVERITY } from '../../src/report/sarif.js';
import { finding, pkg, report, RULES_URL } from './builders.js';

const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (a: Ajv) => Ajv;
const RULES = [...DETECTORS.map((d) => d.meta), analysisErrorMeta];

function sarifValidator(): ValidateFunction {
  const raw = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'support', 'schemas', 'sarif-schema-2.1.0.json'), 'utf8')) as Record<string, unknown>;
  expect(raw['id']).toBe('https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json');
  // draft-04 → draft-07 spelling of the schema's own id; nothing else differs for this schema (see README).
  const { $schema: _s, id, ...rest } = raw;
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile({ ...rest, $id: id as string });
}
const validate = sarifValidator();
const valid = (log: unknown): boolean => {
  const ok = validate(log);
  if (!ok) console.error(JSON.stringify(validate.errors?.slice(0, 5), null, 2));
  return ok as boolean;
};

type Log = { runs: Array<{ tool: { driver: { rules: Array<Record<string, unknown>> } }; automationDetails: { id: string }; invocations?: Array<{ toolExecutionNotifications: Array<{ message: { text: string } }> }>; results: Result[] }> };
interface Result {
  ruleId: string;
  ruleIndex?: number;
  level: string;
  message: { text: string };
  locations: Array<{ physicalLocation: { region?: unknown } }>;
  relatedLocations?: Array<{ physicalLocation: unknown }>;
  partialFingerprints: Record<string, string>;
  properties: Record<string, unknown>;
}

const SEVERITY_CASES: Array<[string, Severity]> = [
  ['code/command-execution', 'critical'],
  ['code/obfuscation', 'high'],
  ['code/trace-deletion', 'medium'],
  ['code/platform-targeting', 'low'],
  ['py/build-backend', 'info'],
];

const everySeverity = report([
  pkg('evil-pkg', 'fail', SEVERITY_CASES.map(([id, s], i) => finding(id, s, { location: { file: `evil pkg/mod ${i}.py`, line: i + 1, column: 3 } })), {
    changeOver: { direct: false, path: [{ ecosystem: 'pypi', name: 'app', version: '' }, { ecosystem: 'pypi', name: 'evil-pkg', version: '1.0.0' }], source: { file: 'sub dir/requirements.txt', line: 7 } },
  }),
  pkg('noisy', 'warn', [finding('code/network-at-install', 'medium', { evidence: undefined })], { ecosystem: 'npm', changeOver: { source: { file: 'package-lock.json', line: 0 } } }),
  pkg('allowed', 'pass', [finding('js/install-script', 'critical')], { ecosystem: 'npm' }),
  pkg('unknown-rule', 'fail', [finding('custom/not-registered', 'high')], { ecosystem: 'npm' }),
]);

describe('buildScanSarif', () => {
  const log = buildScanSarif(everySeverity, { rules: RULES, rulesUrl: RULES_URL }) as unknown as Log;

  it('validates against the official SARIF 2.1.0 schema, with findings of every severity', () => {
    expect(valid(log)).toBe(true);
    const severities = log.runs.flatMap((r) => r.results.map((x) => x.properties['severity']));
    expect(new Set(severities)).toEqual(new Set(['critical', 'high', 'medium', 'low', 'info']));
  });

  it('one run per ecosystem category', () => {
    expect(log.runs.map((r) => r.automationDetails.id)).toEqual(['customs/pypi/', 'customs/npm/']);
    expect(log.runs[0]!.results).toHaveLength(5);
    expect(log.runs[1]!.results).toHaveLength(3);
  });

  it('rules carry name, descriptions, help, absolute helpUri, tags and security-severity as a string number', () => {
    const rule = log.runs[0]!.tool.driver.rules.find((r) => r['id'] === 'code/command-execution')!;
    expect(rule).toMatchObject({ name: 'codeCommandExecution', helpUri: RULES_URL('code/command-execution'), defaultConfiguration: { level: 'error' } });
    expect((rule['shortDescription'] as { text: string }).text.length).toBeGreaterThan(5);
    expect((rule['help'] as { markdown: string }).markdown).toContain('**');
    expect((rule['properties'] as Record<string, unknown>)['security-severity']).toBe('9.5');
    expect((rule['properties'] as { tags: string[] }).tags).toContain('security');
    expect(SECURITY_SEVERITY).toMatchObject({ critical: '9.5', high: '8.0', medium: '5.5', low: '3.0' });
    for (const r of log.runs[0]!.tool.driver.rules) expect(Number((r['properties'] as Record<string, string>)['security-severity'])).not.toBeNaN();
    const unknown = log.runs[1]!.tool.driver.rules.find((r) => r['id'] === 'custom/not-registered');
    expect(unknown).toBeDefined();
  });

  it('results sit on the manifest line in the repository, with the file inside the package alongside', () => {
    const r = log.runs[0]!.results.find((x) => x.ruleId === 'code/command-execution')!;
    expect(r.locations).toEqual([{ physicalLocation: { artifactLocation: { uri: 'sub%20dir/requirements.txt' }, region: { startLine: 7 } } }]);
    expect(r.message.text).toBe('pypi:evil-pkg@1.0.0 (transitive via app → evil-pkg): code/command-execution fired — at evil pkg/mod 0.py:1 inside evil-1.0.0.tar.gz. Verdict: fail.');
    expect(r.relatedLocations![0]!.physicalLocation).toEqual({ artifactLocation: { uri: 'evil-pkg-1.0.0/evil%20pkg/mod%200.py', uriBaseId: 'CUSTOMS_PACKAGE' }, region: { startLine: 1, startColumn: 3 } });
    expect(r.ruleIndex).toBe(log.runs[0]!.tool.driver.rules.findIndex((x) => x['id'] === 'code/command-execution'));
    const wholeFile = log.runs[1]!.results.find((x) => x.ruleId === 'code/network-at-install')!;
    expect(wholeFile.locations[0]!.physicalLocation.region).toBeUndefined();
  });

  it('level follows the verdict: failing at the threshold → error, warn → warning, allowed (pass) → note', () => {
    const level = (run: number, id: string): string => log.runs[run]!.results.find((x) => x.ruleId === id)!.level;
    expect(level(0, 'code/command-execution')).toBe('error');
    expect(level(0, 'code/obfuscation')).toBe('error');
    expect(level(0, 'code/trace-deletion')).toBe('warning');
    expect(level(1, 'code/network-at-install')).toBe('warning');
    expect(level(1, 'js/install-script')).toBe('note');
  });

  it('partialFingerprints are stable across runs and messages, and differ per package version and rule', () => {
    const again = buildScanSarif(report([{ ...everySeverity.packages[0]!, findings: everySeverity.packages[0]!.findings.map((f) => ({ ...f, message: 'reworded', location: { ...f.location, line: 99 } })) }]), { rules: RULES, rulesUrl: RULES_URL }) as unknown as Log;
    const fp = (l: Log): string[] => l.runs[0]!.results.map((x) => x.partialFingerprints['customs/v1']!);
    expect(fp(again)).toEqual(fp(log));
    expect(new Set(fp(log)).size).toBe(5);
    const bumped = buildScanSarif(report([{ ...everySeverity.packages[0]!, ref: { ...everySeverity.packages[0]!.ref, version: '1.0.1' } }]), { rules: RULES, rulesUrl: RULES_URL }) as unknown as Log;
    expect(fp(bumped)[0]).not.toBe(fp(log)[0]);
  });

  it('emits empty runs for ecosystems without changes, so GitHub can close their old alerts', () => {
    const empty = buildScanSarif(report([]), { rules: RULES, rulesUrl: RULES_URL }) as unknown as Log;
    expect(valid(empty)).toBe(true);
    expect(empty.runs.map((r) => [r.automationDetails.id, r.results.length])).toEqual([['customs/pypi/', 0], ['customs/npm/', 0]]);
  });

  it('keeps GitHub’s limits: at most 25,000 results per run (most severe kept), messages cut, and says so', () => {
    const lows = Array.from({ length: SARIF_LIMITS.resultsPerRun }, (_, i) => finding('code/platform-targeting', 'low', { location: { file: `f${i}.py`, line: 1 }, evidence: undefined }));
    const big = report([pkg('flood', 'fail', [...lows, finding('code/reverse-shell', 'critical', { message: 'x'.repeat(10_000) })])]);
    const out = buildScanSarif(big, { rules: RULES, rulesUrl: RULES_URL, ecosystems: ['pypi'] }) as unknown as Log;
    expect(out.runs).toHaveLength(1);
    const run = out.runs[0]!;
    expect(run.results).toHaveLength(SARIF_LIMITS.resultsPerRun);
    const critical = run.results.find((x) => x.ruleId === 'code/reverse-shell')!;
    expect(critical).toBeDefined();
    expect(critical.message.text.length).toBeLessThanOrEqual(SARIF_LIMITS.messageChars);
    expect(critical.message.text).toMatch(/more characters\)$/);
    expect(run.invocations![0]!.toolExecutionNotifications[0]!.message.text).toBe(
      "1 of 25001 results left out to stay within GitHub's limit of 25000 results per run (least severe dropped); see the JSON report for all of them.",
    );
    expect(valid(out)).toBe(true);
    for (const r of run.results) expect(r.locations.length + (r.relatedLocations?.length ?? 0)).toBeLessThanOrEqual(SARIF_LIMITS.locationsPerResult);
    for (const rule of run.tool.driver.rules) expect((rule['properties'] as { tags: string[] }).tags.length).toBeLessThanOrEqual(SARIF_LIMITS.tagsPerRule);
  });
});

describe('buildSarif (customs inspect)', () => {
  const inspection = (severity: Severity, ruleId: string): Inspection =>
    ({
      verdict: { ref: { ecosystem: 'pypi', name: 'evil', version: '1.0' }, artifact: 'evil-1.0.tar.gz', decision: 'fail', findings: [finding(ruleId, severity)], reasons: [] },
      kind: 'sdist',
      digest: 'sha256:00',
      contents: { skipped: [], fileCount: 1 },
    }) as unknown as Inspection;

  it('keeps working for artifacts: one run, results in the artifact, schema-valid with a relative helpBase', () => {
    const log = buildSarif(
      SEVERITY_CASES.map(([id, s]) => inspection(s, id)),
      { version: '0.1.0', rules: RULES, helpBase: 'docs/rules' },
    ) as unknown as Log;
    expect(valid(log)).toBe(true);
    expect(log.runs).toHaveLength(1);
    expect(log.runs[0]!.results[0]!.locations[0]!.physicalLocation).toEqual({ artifactLocation: { uri: 'evil-1.0.tar.gz/setup.py' }, region: { startLine: 12 } });
    expect(log.runs[0]!.tool.driver.rules[0]!['helpUri']).toBeUndefined(); // relative: not a `uri` per the schema
    const abs = buildSarif([inspection('high', 'code/obfuscation')], { version: '0.1.0', rules: RULES, helpBase: 'https://example.test/docs/rules' }) as unknown as Log;
    expect(abs.runs[0]!.tool.driver.rules.find((r) => r['id'] === 'code/obfuscation')!['helpUri']).toBe('https://example.test/docs/rules/code/obfuscation.md');
  });

  it('pathUri percent-encodes segments and drops leading slashes', () => {
    expect(pathUri('/a b/c#d/e%f.py')).toBe('a%20b/c%23d/e%25f.py');
    expect(pathUri('win\\path\\x.py')).toBe('win/path/x.py');
  });
});

describe('the validator can fail', () => {
  it('rejects a log that breaks the schema', () => {
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: {} }, results: [{ ruleId: 'x' }] }] })).toBe(false);
    expect(validate({ version: '2.0.0', runs: [] })).toBe(false);
  });
});
