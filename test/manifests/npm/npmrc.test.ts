import { describe, expect, it } from 'vitest';
import { hasAuthFor, nerfDart, parseNpmrc } from '../../../src/manifests/npm/npmrc.js';
import { userErrorOf } from './helpers.js';

const NPMRC = `# company registry
registry=https://npm.acme.dev/repository/npm/
@acme:registry = "https://npm.pkg.github.com"
; scoped auth
//npm.pkg.github.com/:_authToken=\${GITHUB_TOKEN}
//npm.acme.dev/repository/npm/:_auth=c2VjcmV0LXZhbHVl
//other.example/:_authToken=
always-auth=true
strict-ssl
`;

describe('.npmrc', () => {
  const r = parseNpmrc('.npmrc', NPMRC);

  it('returns the default and scoped registries with their lines', () => {
    expect(r.registries).toEqual([
      { url: 'https://npm.acme.dev/repository/npm/', role: 'primary', source: { file: '.npmrc', line: 2 } },
      { url: 'https://npm.pkg.github.com', role: 'primary', scope: '@acme', source: { file: '.npmrc', line: 3 } },
    ]);
  });

  it('records which registries have auth, as booleans only', () => {
    expect(r.auth).toEqual([
      { registry: '//npm.pkg.github.com/', configured: true, line: 5 },
      { registry: '//npm.acme.dev/repository/npm/', configured: true, line: 6 },
      { registry: '//other.example/', configured: false, line: 7 },
    ]);
    expect(JSON.stringify(r)).not.toContain('c2VjcmV0LXZhbHVl');
    expect(JSON.stringify(r)).not.toContain('GITHUB_TOKEN');
    expect(hasAuthFor(r, 'https://npm.pkg.github.com')).toBe(true);
    expect(hasAuthFor(r, 'https://npm.acme.dev/repository/npm/')).toBe(true);
    expect(hasAuthFor(r, 'https://other.example/')).toBe(false);
    expect(hasAuthFor(r, 'https://registry.npmjs.org/')).toBe(false);
    expect(r.notes).toEqual(['.npmrc:9: a setting without "=" (npm reads it as true)']);
    const pasted = parseNpmrc('.npmrc', 'npm_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789\n');
    expect(JSON.stringify(pasted)).not.toContain('npm_AbCd');
  });

  it('strips credentials embedded in a registry URL and marks the host authenticated', () => {
    const c = parseNpmrc('.npmrc', 'registry=https://bob:hunter2@npm.acme.dev/\n');
    expect(c.registries[0]!.url).toBe('https://npm.acme.dev/');
    expect(JSON.stringify(c)).not.toContain('hunter2');
    expect(hasAuthFor(c, 'https://npm.acme.dev/')).toBe(true);
  });

  it('rejects a registry that is not an http(s) URL, without echoing values', () => {
    const e = userErrorOf(() => parseNpmrc('sub/.npmrc', '\n@acme:registry=ftp://tok3n@x\n'));
    expect(e.message).toBe('sub/.npmrc:2: @acme:registry must be an http(s) URL');
    expect(e.message).not.toContain('tok3n');
  });

  it('computes nerf darts like npm', () => {
    expect(nerfDart('https://registry.npmjs.org/')).toBe('//registry.npmjs.org/');
    expect(nerfDart('https://u:p@npm.acme.dev/a/b/index.json')).toBe('//npm.acme.dev/a/b/');
    expect(nerfDart('http://host:8080')).toBe('//host:8080/');
  });
});
