import { describe, expect, it } from 'vitest';
import { urlDependency } from '../../../src/detectors/javascript/url-dependency.js';
import { modelOf } from '../../support/engine.js';

async function run(pkg: Record<string, unknown>, raw?: string) {
  return urlDependency.run(await modelOf({ 'package.json': raw ?? JSON.stringify(pkg, null, 2) }));
}
const judged = (fs: Awaited<ReturnType<typeof run>>): string[] => fs.map((f) => `${f.location.line} ${f.severity} ${f.evidence}`);

describe('js/url-dependency', () => {
  it('grades each source by how far it is from a reviewable registry', async () => {
    const found = await run({
      name: 'x',
      dependencies: {
        a: 'http://pkgs.example.net/a.tgz',
        b: 'https://cdn.example.net/b-1.0.0.tgz',
        c: 'git://example.org/c.git',
        d: 'git+https://github.com/u/d.git#v1',
        e: 'u/e',
        f: 'https://github.com/u/f/archive/v1.tar.gz',
        g: 'https://paste.ee/r/abc',
        h: 'http://github.com/u/h/tarball/master',
      },
    });
    expect(judged(found)).toEqual([
      '4 high http://pkgs.example.net/a.tgz',
      '5 medium https://cdn.example.net/b-1.0.0.tgz',
      '6 high git://example.org/c.git',
      '7 low git+https://github.com/u/d.git#v1',
      '8 low u/e',
      '9 low https://github.com/u/f/archive/v1.tar.gz',
      '10 critical https://paste.ee/r/abc',
      '11 medium http://github.com/u/h/tarball/master',
    ]);
  });

  it('reads optional and peer dependencies, not dev dependencies or local paths', async () => {
    const found = await run({
      name: 'x',
      optionalDependencies: { o: 'http://a.example.net/o.tgz' },
      peerDependencies: { p: 'http://a.example.net/p.tgz' },
      devDependencies: { d: 'http://a.example.net/d.tgz' },
      dependencies: { l: 'file:../l', w: 'workspace:*', r: '^1.2.3', s: '@scope/name', t: 'npm:real@^2' },
    });
    expect(found.map((f) => f.evidence)).toEqual(['http://a.example.net/o.tgz', 'http://a.example.net/p.tgz']);
  });

  it('keeps credentials out of its messages and finds compact manifests\' lines', async () => {
    const raw = '{"name":"x",\n"dependencies":{"a":"https://user:s3cret@cdn.example.net/a.tgz"}}';
    const [f] = await run({}, raw);
    expect(f?.location.line).toBe(2);
    expect(f?.message).not.toContain('s3cret');
    expect(f?.evidence).not.toContain('s3cret');
  });
});
