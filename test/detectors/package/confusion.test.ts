import { describe, expect, it } from 'vitest';
import {
  confusionFromPolicy,
  confusionVersion,
  confusionVersionLevel,
  isPublicRegistry,
  matchesInternal,
  SCAN_STAGE_RULES,
  shadowingFromRegistries,
} from '../../../src/detectors/package/confusion.js';
import { DETECTORS } from '../../../src/detectors/registry.js';
import type { DeclaredRegistry } from '../../../src/model/index.js';
import { modelOf } from '../../support/engine.js';

describe('confusionVersionLevel', () => {
  it.each([
    ['99.10.1', 'medium'],
    ['9999.0.0', 'medium'],
    ['999.0.0', 'medium'],
    ['1337.0.0', 'medium'],
    ['100.0.0', 'medium'],
    ['10000.1', 'medium'],
    ['v99.0.0', 'medium'],
    ['1!99.0', 'medium'], // PEP 440 epoch skipped
    ['131.0.6778.85', 'low'], // chromedriver follows Chrome
    ['308', 'low'], // pywin32
    ['2024.8.30', undefined], // CalVer (certifi)
    ['20240101.1', undefined], // date
    ['202401.0', undefined],
    ['98.0.0', undefined],
    ['4.17.21', undefined],
    ['0.0.1', undefined],
    ['not-a-version', undefined],
  ] as const)('%s → %s', (v, level) => {
    expect(confusionVersionLevel(v)).toBe(level);
  });
});

describe('pkg/confusion-version', () => {
  it('reports the version line of package.json at medium', async () => {
    const model = await modelOf({ 'package.json': '{\n  "name": "acme-auth",\n  "version": "99.0.0"\n}\n' });
    const found = confusionVersion.run(model);
    expect(found.map((f) => [f.severity, f.location.file, f.location.line, f.snippet])).toEqual([['medium', 'package.json', 3, '"version": "99.0.0"']]);
    expect(found[0]?.message).toContain('acme-auth');
  });

  it('reports the Version header of PKG-INFO', async () => {
    const model = await modelOf({ 'PKG-INFO': 'Metadata-Version: 2.1\nName: acme-auth\nVersion: 9999.0.0\n' }, 'pypi');
    expect(confusionVersion.run(model).map((f) => `${f.location.file}:${f.location.line}`)).toEqual(['PKG-INFO:3']);
  });

  it('is only low for a popular package with a high major', async () => {
    const model = await modelOf({ 'package.json': '{"name": "googleapis", "version": "200.0.0"}' });
    expect(confusionVersion.run(model).map((f) => f.severity)).toEqual(['low']);
  });

  it('stays quiet on ordinary and calendar versions', async () => {
    for (const v of ['1.2.3', '2024.1.0', '24.2']) {
      const model = await modelOf({ 'package.json': `{"name": "x", "version": "${v}"}` });
      expect(confusionVersion.run(model)).toEqual([]);
    }
  });
});

describe('confusionFromPolicy', () => {
  it('flags an internal name resolved on a public registry, at the manifest line', () => {
    const f = confusionFromPolicy('@acme/billing', ['@acme/*'], true, { file: 'package.json', line: 12 });
    expect(f?.ruleId).toBe('pkg/dependency-confusion');
    expect(f?.severity).toBe('high');
    expect(f?.location).toEqual({ file: 'package.json', line: 12 });
    expect(f?.message).toContain('@acme/*');
  });

  it('matches PyPI names across separators and case', () => {
    expect(confusionFromPolicy('Acme_Billing', ['acme-*'], true)?.ruleId).toBe('pkg/dependency-confusion');
    expect(matchesInternal('acme.billing.client', 'acme-*')).toBe(true);
    expect(matchesInternal('acmebilling', 'acme-*')).toBe(false);
    expect(matchesInternal('my.acme', 'acme')).toBe(false);
    expect(matchesInternal('a+b', 'a+b')).toBe(true); // pattern characters are literal
  });

  it('stays quiet when not public or not internal', () => {
    expect(confusionFromPolicy('@acme/billing', ['@acme/*'], false)).toBeUndefined();
    expect(confusionFromPolicy('express', ['@acme/*'], true)).toBeUndefined();
    expect(confusionFromPolicy('express', [], true)).toBeUndefined();
  });
});

describe('shadowingFromRegistries', () => {
  const reg = (url: string, role: 'primary' | 'extra', line = 1, scope?: string): DeclaredRegistry => ({
    url,
    role,
    source: { file: 'requirements.txt', line },
    ...(scope ? { scope } : {}),
  });

  it('flags a private --extra-index-url beside default PyPI, and redacts credentials', () => {
    const found = shadowingFromRegistries([reg('https://user:s3cr3t-token@pypi.acme.internal/simple', 'extra', 3)]);
    expect(found).toHaveLength(1);
    expect(found[0]?.ruleId).toBe('pkg/registry-shadowing');
    expect(found[0]?.severity).toBe('medium');
    expect(found[0]?.location).toEqual({ file: 'requirements.txt', line: 3 });
    expect(JSON.stringify(found)).not.toContain('s3cr3t-token');
    expect(found[0]?.message).toContain('pypi.acme.internal');
  });

  it('flags public PyPI added beside a private primary index', () => {
    const found = shadowingFromRegistries([reg('https://pypi.acme.internal/simple', 'primary', 1), reg('https://pypi.org/simple', 'extra', 2)]);
    expect(found.map((f) => f.location.line)).toEqual([2]);
  });

  it('stays quiet on single indexes, scoped npm registries and private-only setups', () => {
    expect(shadowingFromRegistries([])).toEqual([]);
    expect(shadowingFromRegistries([reg('https://pypi.acme.internal/simple', 'primary')])).toEqual([]);
    expect(shadowingFromRegistries([reg('https://npm.acme.internal/', 'extra', 1, '@acme')])).toEqual([]);
    expect(shadowingFromRegistries([reg('https://a.acme.internal/simple', 'primary'), reg('https://b.acme.internal/simple', 'extra')])).toEqual([]);
    expect(shadowingFromRegistries([reg('https://pypi.org/simple', 'extra')])).toEqual([]);
  });

  it('recognises the public registries by host only', () => {
    expect(isPublicRegistry('https://pypi.org/simple/')).toBe(true);
    expect(isPublicRegistry('https://registry.npmjs.org/')).toBe(true);
    expect(isPublicRegistry('https://pypi.org.evil.example/simple')).toBe(false);
    expect(isPublicRegistry('not a url')).toBe(false);
  });

  it('declares its scan-stage rules, which the registry lists with no run over package contents', () => {
    const ids = new Set(DETECTORS.map((d) => d.meta.id));
    expect(SCAN_STAGE_RULES.map((r) => r.id)).toEqual(['pkg/dependency-confusion', 'pkg/registry-shadowing']);
    for (const r of SCAN_STAGE_RULES) expect(ids.has(r.id)).toBe(true);
    expect(ids.has('pkg/confusion-version')).toBe(true);
  });
});
