import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildIndex } from '../../../src/detectors/package/popular.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'customs-popular-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('scripts/popular.mjs', () => {
  it('converts the TSV lists into bundled JSON the detector reads (targets in order, the rest hashed)', () => {
    writeFileSync(join(dir, 'popular-pypi.tsv'), 'rank\tname\n1\tboto3\n2\tPyYAML\n3\trequests_oauthlib\n4\tFlask-Threads\n5\tzope.interface\n');
    writeFileSync(join(dir, 'popular-npm.tsv'), 'downloads_a_month\tname\n900\tsemver\n800\t@types/node\n700\tchalk\n600\t@acme/tool\n');
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'popular.mjs'), '--data', dir, '--out', dir, '--top', '2', '--captured', '2026-11'], { stdio: 'pipe' });

    const pypi = JSON.parse(readFileSync(join(dir, 'popular-pypi.json'), 'utf8'));
    expect(pypi).toMatchObject({ ecosystem: 'pypi', captured: '2026-11', total: 5, top: ['boto3', 'pyyaml'] });
    const pIndex = buildIndex(pypi, 'pypi');
    for (const n of ['requests-oauthlib', 'Requests_OAuthlib', 'flask-threads', 'zope-interface', 'boto3']) expect(pIndex.isKnown(n)).toBe(true);
    expect(pIndex.isKnown('requests')).toBe(false);
    expect(pIndex.rank.get('pyyaml')).toBe(2);

    const npm = JSON.parse(readFileSync(join(dir, 'popular-npm.json'), 'utf8'));
    expect(npm).toMatchObject({ ecosystem: 'npm', top: ['semver', '@types/node'], scopes: ['acme', 'types'] });
    const nIndex = buildIndex(npm, 'npm');
    expect(nIndex.isKnown('chalk')).toBe(true);
    expect(nIndex.isKnown('@acme/tool')).toBe(true);
    expect(nIndex.knownScopes.has('acme')).toBe(true);
    expect(nIndex.targetScopes.has('acme')).toBe(false);
  });
});
