import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { INPUTS, OUTPUTS, parseInputs, redactUrl } from '../../src/github/inputs.js';
import { CustomsError } from '../../src/runtime/errors.js';

const from = (values: Record<string, string>) => (name: string) => values[name] ?? '';

describe('action inputs', () => {
  test('empty inputs take the defaults from the table', () => {
    const i = parseInputs(from({}));
    expect(i).toEqual({
      policy: '', failOn: undefined, ecosystems: undefined, comment: 'review', sarifFile: 'customs.sarif',
      reportFile: 'customs-report.json', token: '', pypiIndexUrl: undefined, npmRegistry: undefined,
      registryTokens: {}, base: '', head: '', chainDepth: undefined,
    });
  });

  test('values are parsed and normalised', () => {
    const i = parseInputs(from({ 'fail-on': 'CRITICAL', ecosystems: 'npm, npm\npypi', comment: 'summary', 'chain-depth': '0', base: 'main', head: 'abc123' }));
    expect(i.failOn).toBe('critical');
    expect(i.ecosystems).toEqual(['npm', 'pypi']);
    expect(i.comment).toBe('summary');
    expect(i.chainDepth).toBe(0);
    expect([i.base, i.head]).toEqual(['main', 'abc123']);
  });

  test.each([
    ['fail-on', 'severe', /Input 'fail-on' is 'severe', expected one of: critical, high, medium, low, never/],
    ['comment', 'loud', /Input 'comment' is 'loud'/],
    ['ecosystems', 'pypi,cargo', /Input 'ecosystems' is 'cargo'/],
    ['ecosystems', ' , ', /Input 'ecosystems' names no ecosystem/],
    ['chain-depth', '-1', /Input 'chain-depth' is '-1', expected a whole number/],
    ['chain-depth', '11', /Input 'chain-depth' is 11; at most 10/],
    ['npm-registry', 'ftp://example.com', /Input 'npm-registry' must be an http\(s\) URL/],
    ['pypi-index-url', 'not a url', /Input 'pypi-index-url' is not a URL/],
    ['base', 'a...b', /Input 'base' must name one ref/],
    ['head', 'x;rm -rf', /Input 'head' is not a git ref/],
  ])('%s=%s is a user error naming the input', (name, value, message) => {
    let err: unknown;
    try {
      parseInputs(from({ [name]: value }));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CustomsError);
    expect((err as CustomsError).kind).toBe('user');
    expect((err as CustomsError).message).toMatch(message);
  });

  test('registry tokens: host=token lines, secrets masked and never echoed in errors', () => {
    const masked: string[] = [];
    const i = parseInputs(from({ token: 'ghs_abc', 'registry-tokens': '# comment\nNPM.acme.dev = s3cret\npypi.acme.dev=t0ken\n' }), (s) => masked.push(s));
    expect(i.registryTokens).toEqual({ 'npm.acme.dev': 's3cret', 'pypi.acme.dev': 't0ken' });
    expect(masked.sort()).toEqual(['ghs_abc', 's3cret', 't0ken']);
    expect(() => parseInputs(from({ 'registry-tokens': 'ok.dev=a\njustasecretvalue' }))).toThrow(/line 2: expected 'host=token'/);
    try {
      parseInputs(from({ 'registry-tokens': 'justasecretvalue' }));
    } catch (e) {
      expect((e as Error).message).not.toContain('justasecretvalue');
    }
  });

  test('URLs with credentials are redacted in messages', () => {
    expect(redactUrl('https://user:pass@npm.acme.dev/')).toBe('https://***@npm.acme.dev/');
    expect(() => parseInputs(from({ 'npm-registry': 'ftp://u:secret@x' }))).toThrow();
  });
});

describe('action.yml', () => {
  const yml = parse(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as {
    runs: { using: string; main: string };
    branding: Record<string, string>;
    inputs: Record<string, { description: string; default?: string }>;
    outputs: Record<string, { description: string }>;
  };

  test('lists exactly the inputs and outputs of the table', () => {
    expect(Object.keys(yml.inputs)).toEqual(INPUTS.map((i) => i.name));
    expect(Object.keys(yml.outputs)).toEqual(OUTPUTS.map((o) => o.name));
  });

  test('has no defaults except the token, runs on node24 from dist', () => {
    const withDefault = Object.entries(yml.inputs).filter(([, v]) => v.default !== undefined);
    expect(withDefault).toEqual([['token', expect.objectContaining({ default: '${{ github.token }}' })]]);
    expect(yml.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(yml.branding.icon).toBeTruthy();
    for (const v of Object.values(yml.inputs)) expect(v.description.length).toBeGreaterThan(10);
  });
});
