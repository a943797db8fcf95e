/**
 * The policy file: every kind of mistake is reported as `file:line: path: message`, defaults come from the
 * published schema, and the bundled policies validate against it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parsePolicy } from '../../src/policy/load.js';
import { DEFAULT_POLICY, POLICY_SCHEMA, type JsonSchema } from '../../src/policy/schema.js';
import { CustomsError } from '../../src/runtime/errors.js';

const ROOT = join(import.meta.dirname, '..', '..');
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (a: Ajv) => Ajv;

/** The message parsePolicy throws for `text` (fails the test when it does not throw). */
function problem(text: string, file = 'customs.yml'): string {
  try {
    parsePolicy(text, file);
  } catch (e) {
    expect(e).toBeInstanceOf(CustomsError);
    expect((e as CustomsError).kind).toBe('user');
    return (e as Error).message;
  }
  throw new Error(`expected ${JSON.stringify(text)} to be rejected`);
}

describe('policy schema', () => {
  it('is a valid draft-07 schema on its own (strict ajv with formats)', () => {
    const ajv = new Ajv({ strict: true, allErrors: true });
    addFormats(ajv);
    ajv.addKeyword({ keyword: 'x-message', schemaType: 'string' });
    expect(() => ajv.compile(POLICY_SCHEMA)).not.toThrow();
    expect(POLICY_SCHEMA.$schema).toBe('http://json-schema.org/draft-07/schema#');
  });

  it.each(['default.yml', 'strict.yml', 'audit.yml'])('bundled policies/%s validates against the schema', (name) => {
    const text = readFileSync(join(ROOT, 'policies', name), 'utf8');
    const ajv = new Ajv({ strict: true, allErrors: true });
    addFormats(ajv);
    ajv.addKeyword({ keyword: 'x-message', schemaType: 'string' });
    const validate = ajv.compile(POLICY_SCHEMA);
    expect(validate(parse(text)), JSON.stringify(validate.errors)).toBe(true);
    expect(() => parsePolicy(text, name)).not.toThrow();
  });

  it('policies/default.yml states exactly the schema defaults', () => {
    const p = parsePolicy(readFileSync(join(ROOT, 'policies', 'default.yml'), 'utf8'), 'default.yml');
    expect(p).toEqual(DEFAULT_POLICY);
  });

  it('every default in the schema equals DEFAULT_POLICY (walked, not hand-listed)', () => {
    const KEY: Record<string, string> = {
      'fail-on': 'failOn', 'warn-on': 'warnOn', 'index-url': 'indexUrl', 'extra-index-urls': 'extraIndexUrls', 'chain-depth': 'chainDepth',
    };
    const checked: string[] = [];
    const walk = (schema: JsonSchema, policy: unknown, path: string): void => {
      for (const [key, sub] of Object.entries(schema.properties ?? {})) {
        if (key === 'version') continue; // format version, not a setting
        const value = (policy as Record<string, unknown>)[KEY[key] ?? key];
        if (sub.properties) walk(sub, value, `${path}${key}.`);
        else if (sub.default !== undefined) {
          expect(value, `${path}${key}`).toEqual(sub.default);
          checked.push(`${path}${key}`);
        }
      }
    };
    walk(POLICY_SCHEMA, DEFAULT_POLICY, '');
    expect(checked).toEqual(expect.arrayContaining(['fail-on', 'warn-on', 'uninspectable', 'rules', 'allow', 'deny', 'registries.pypi.index-url', 'registries.npm.registry', 'registries.npm.scopes', 'internal', 'ecosystems', 'chain-depth']));
    expect(DEFAULT_POLICY).toMatchObject({ failOn: 'high', warnOn: 'medium', uninspectable: 'fail', chainDepth: 3, ecosystems: ['pypi', 'npm'] });
  });

  it('names token environment variables, never tokens', () => {
    const tokenEnv = (POLICY_SCHEMA.definitions as Record<string, JsonSchema>)['envName']!;
    expect(tokenEnv.pattern).toBe('^[A-Z_][A-Z0-9_]*$');
  });
});

describe('parsePolicy: valid files', () => {
  it('an empty file is the default policy', () => {
    expect(parsePolicy('', 'e.yml')).toEqual(DEFAULT_POLICY);
    expect(parsePolicy('# only a comment\n', 'e.yml')).toEqual(DEFAULT_POLICY);
  });

  it('maps every key, keeping defaults for what is left out', () => {
    const p = parsePolicy(
      [
        'version: 1',
        'fail-on: medium',
        'rules:',
        '  code/obfuscation: off',
        '  py/build-backend: { severity: high }',
        'allow:',
        '  - package: pypi:acme-build',
        '    version: 1.2.0',
        '    digest: sha256:' + 'a'.repeat(64),
        '    rules: [py/cmdclass-override]',
        '    reason: "compiles its C extension"',
        '    expires: 2027-01-31',
        'deny:',
        '  - package: "npm:@evil/*"',
        '    reason: known bad scope',
        'registries:',
        '  pypi:',
        '    index-url: https://pypi.acme.test/simple/',
        '    extra-index-urls: [https://mirror.acme.test/simple/]',
        '    token-env: ACME_PYPI_TOKEN',
        '  npm:',
        '    scopes:',
        '      "@acme": { registry: "https://npm.acme.test/", token-env: ACME_NPM_TOKEN }',
        'internal: ["pypi:acme-*", "npm:@acme/*"]',
        'ecosystems: [npm]',
        'chain-depth: 0',
      ].join('\n'),
      'customs.yml',
    );
    expect(p.failOn).toBe('medium');
    expect(p.warnOn).toBe('medium');
    expect(p.rules).toEqual({ 'code/obfuscation': { severity: 'off' }, 'py/build-backend': { severity: 'high' } });
    expect(p.allow).toEqual([
      { package: 'pypi:acme-build', version: '1.2.0', digest: 'sha256:' + 'a'.repeat(64), rules: ['py/cmdclass-override'], reason: 'compiles its C extension', expires: '2027-01-31' },
    ]);
    expect(p.deny).toEqual([{ package: 'npm:@evil/*', reason: 'known bad scope' }]);
    expect(p.registries.pypi).toEqual({ indexUrl: 'https://pypi.acme.test/simple/', extraIndexUrls: ['https://mirror.acme.test/simple/'], tokenEnv: 'ACME_PYPI_TOKEN' });
    expect(p.registries.npm).toEqual({ registry: 'https://registry.npmjs.org/', scopes: { '@acme': { registry: 'https://npm.acme.test/', tokenEnv: 'ACME_NPM_TOKEN' } } });
    expect(p.internal).toEqual(['pypi:acme-*', 'npm:@acme/*']);
    expect(p.ecosystems).toEqual(['npm']);
    expect(p.chainDepth).toBe(0);
  });

  it('does not share default arrays between parsed policies', () => {
    const a = parsePolicy('', 'a.yml');
    a.allow.push({ package: 'x', reason: 'y' });
    expect(parsePolicy('', 'b.yml').allow).toEqual([]);
    expect(DEFAULT_POLICY.allow).toEqual([]);
    expect(Object.isFrozen(DEFAULT_POLICY.allow) && Object.isFrozen(DEFAULT_POLICY.registries.npm.scopes)).toBe(true);
    expect(() => (DEFAULT_POLICY.internal as string[]).push('x')).toThrow(TypeError);
  });
});

describe('parsePolicy: each kind of mistake names file, line and path', () => {
  it('YAML syntax errors', () => {
    expect(problem('fail-on: high\nrules: [\n')).toMatch(/^customs\.yml:\d+: /);
    expect(problem('fail-on: high\nfail-on: low\n')).toMatch(/^customs\.yml:2: .*[Mm]ap keys must be unique/);
  });

  it('a top level that is not a mapping', () => {
    expect(problem('- fail-on: high\n')).toMatch(/^customs\.yml:1: \(top level\): must be a mapping/);
  });

  it('unknown keys point at the key, with the expected ones', () => {
    expect(problem('fail-on: high\ncolour: red\n')).toBe('customs.yml:2: colour: unknown key colour (expected one of version, fail-on, warn-on, uninspectable, rules, allow, deny, registries, internal, ecosystems, chain-depth, drift)');
    expect(problem('allow:\n  - package: x\n    reason: y\n    expiry: 2026-01-01\n')).toMatch(/^customs\.yml:4: allow\[0\]\.expiry: unknown key expiry/);
  });

  it('bad enum values', () => {
    expect(problem('fail-on: high\nwarn-on: loud\n', '.github/customs.yml')).toBe('.github/customs.yml:2: warn-on: must be one of critical, high, medium, low, info, never');
    expect(problem('uninspectable: ignore\n')).toBe('customs.yml:1: uninspectable: must be one of fail, warn, pass');
    expect(problem('ecosystems: [npm, cargo]\n')).toMatch(/^customs\.yml:1: ecosystems\[1\]: must be one of pypi, npm/);
  });

  it('wrong types', () => {
    expect(problem('allow:\n  package: x\n')).toBe('customs.yml:2: allow: must be a list');
    expect(problem('chain-depth: deep\n')).toBe('customs.yml:1: chain-depth: must be a whole number');
    expect(problem('chain-depth: 99\n')).toMatch(/^customs\.yml:1: chain-depth: must be <= 10/);
    expect(problem('version: 2\n')).toBe('customs.yml:1: version: must be 1');
  });

  it('missing required fields point at the entry', () => {
    expect(problem('allow:\n  - package: x\n')).toBe('customs.yml:2: allow[0]: reason is required');
    expect(problem('deny:\n  - reason: bad\n')).toBe('customs.yml:2: deny[0]: package is required');
    expect(problem('allow:\n  - package: x\n    reason: ""\n')).toMatch(/^customs\.yml:3: allow\[0\]\.reason: must NOT have fewer than 1 characters/);
  });

  it('rule settings: bad severity and malformed rule ids', () => {
    expect(problem('rules:\n  code/obfuscation: loud\n')).toBe('customs.yml:2: rules.code/obfuscation: must be off or one of critical, high, medium, low, info (or a mapping with severity)');
    expect(problem('rules:\n  code/obfuscation: { severity: loud }\n')).toMatch(/^customs\.yml:2: rules\.code\/obfuscation: must be off/);
    expect(problem('rules:\n\n  Obfuscation: low\n')).toMatch(/^customs\.yml:3: rules: Obfuscation: rule ids look like/);
  });

  it('dates, digests and URLs', () => {
    expect(problem('allow:\n  - package: x\n    reason: y\n    expires: 2026-13-40\n')).toBe('customs.yml:4: allow[0].expires: must be a date YYYY-MM-DD');
    expect(problem('allow:\n  - package: x\n    reason: y\n    expires: next week\n')).toBe('customs.yml:4: allow[0].expires: must be a date YYYY-MM-DD');
    expect(problem('allow:\n  - package: x\n    reason: y\n    digest: md5:abc\n')).toBe('customs.yml:4: allow[0].digest: must be sha256:<64 hex digits>');
    expect(problem('registries:\n  npm:\n    registry: ftp://example.test/\n')).toBe('customs.yml:3: registries.npm.registry: must be an http(s) URL');
  });

  it('a token pasted where an environment variable name belongs is rejected without echoing it', () => {
    const token = 'ghp_' + 'x1Y2'.repeat(9);
    const msg = problem(`registries:\n  pypi:\n    token-env: ${token}\n`);
    expect(msg).toBe('customs.yml:3: registries.pypi.token-env: must be the NAME of an environment variable that holds the token, not the token itself');
    expect(msg).not.toContain(token);
    expect(problem('registries:\n  npm:\n    token: abc\n')).toMatch(/^customs\.yml:3: registries\.npm\.token: unknown key token/);
  });

  it('reports every problem at once, in line order', () => {
    const msg = problem('warn-on: loud\nallow:\n  - package: x\nfail-on: 3\n');
    expect(msg.split('\n')).toEqual([
      'customs.yml: 3 problems:',
      'customs.yml:1: warn-on: must be one of critical, high, medium, low, info, never',
      'customs.yml:3: allow[0]: reason is required',
      'customs.yml:4: fail-on: must be one of critical, high, medium, low, info, never',
    ]);
  });

  it('package patterns with spaces or a foreign ecosystem prefix', () => {
    expect(problem('deny:\n  - package: "cargo:serde"\n    reason: r\n')).toMatch(/^customs\.yml:2: deny\[0\]\.package: must be a package name or glob/);
    expect(problem('internal: ["acme corp"]\n')).toMatch(/^customs\.yml:1: internal\[0\]: must be a package name or glob/);
  });
});
