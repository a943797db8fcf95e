import { describe, expect, it } from 'vitest';
import { METADATA_RULES, metadataFindings, repositoryMatches, repositoryParts } from '../../../src/detectors/package/metadata-signals.js';
import type { PackageMetadata, ResolvedPackage } from '../../../src/model/dependencies.js';
import type { Ecosystem, Finding } from '../../../src/model/finding.js';
import { severityRank } from '../../../src/model/finding.js';

/** A well-established package: old, many releases, linked repository, described. Tests change one thing. */
function pkg(over: Partial<PackageMetadata> = {}, version = '2.0.0', name = 'left-pad', ecosystem: Ecosystem = 'npm'): ResolvedPackage {
  return {
    ref: { ecosystem, name, version },
    artifacts: [],
    registry: 'https://registry.example',
    metadata: {
      created: '2015-01-01T00:00:00.000Z',
      published: '2020-01-01T00:00:00.000Z',
      versionCount: 30,
      maintainers: ['alice', 'bob'],
      repository: 'git+https://github.com/example/left-pad.git',
      description: 'pads strings on the left',
      dependencies: [],
      unavailable: [],
      ...over,
    },
  };
}

const ids = (fs: Finding[]): string[] => fs.map((f) => f.ruleId).sort();
const one = (fs: Finding[], id: string): Finding => {
  const hits = fs.filter((f) => f.ruleId === id);
  expect(hits, `${id} in ${ids(fs).join(', ')}`).toHaveLength(1);
  return hits[0]!;
};
const TODAY = '2026-11-30';

describe('metadataFindings', () => {
  it('finds nothing for an established package, as an addition and as an update', () => {
    expect(metadataFindings(pkg(), undefined, TODAY)).toEqual([]);
    expect(metadataFindings(pkg(), pkg({}, '1.9.0'), TODAY)).toEqual([]);
  });

  it.each([
    ['2026-11-29T12:00:00Z', 'medium'], // 12 h
    ['2026-11-28T00:00:01Z', 'medium'], // just under 48 h
    ['2026-11-28T00:00:00Z', 'low'], // exactly 48 h
    ['2026-11-23T00:00:01Z', 'low'], // just under 7 days
    ['2026-11-23T00:00:00Z', undefined], // exactly 7 days
    ['2026-12-01T09:00:00Z', 'medium'], // later than the scan date (clock skew): still brand new
  ])('first release at %s → %s', (created, severity) => {
    const fs = metadataFindings(pkg({ created }), undefined, TODAY).filter((f) => f.ruleId === 'pkg/recent-first-release');
    expect(fs.map((f) => f.severity)).toEqual(severity ? [severity] : []);
    if (severity) expect(fs[0]!.evidence).toContain(created);
  });

  it('accepts a full ISO time as today', () => {
    const f = one(metadataFindings(pkg({ created: '2026-11-28T00:00:00Z' }), undefined, '2026-11-29T23:00:00Z'), 'pkg/recent-first-release');
    expect(f.severity).toBe('medium');
    expect(f.message).toContain('47 hours');
  });

  it('reports a single release, and not two', () => {
    expect(one(metadataFindings(pkg({ versionCount: 1 }), undefined, TODAY), 'pkg/single-release').severity).toBe('low');
    expect(ids(metadataFindings(pkg({ versionCount: 2 }), undefined, TODAY))).toEqual([]);
  });

  it('maintainers: disjoint sets are medium, partial change low, same set (any case/order) nothing', () => {
    const disjoint = one(metadataFindings(pkg({ maintainers: ['mallory'] }), pkg({}, '1.0.0'), TODAY), 'pkg/maintainer-change');
    expect(disjoint.severity).toBe('medium');
    expect(disjoint.evidence).toContain('added: mallory');
    expect(disjoint.evidence).toContain('removed: alice, bob');
    const partial = one(metadataFindings(pkg({ maintainers: ['alice', 'mallory'] }), pkg({}, '1.0.0'), TODAY), 'pkg/maintainer-change');
    expect(partial.severity).toBe('low');
    const removedOnly = one(metadataFindings(pkg({ maintainers: ['alice'] }), pkg({}, '1.0.0'), TODAY), 'pkg/maintainer-change');
    expect(removedOnly.severity).toBe('low');
    expect(metadataFindings(pkg({ maintainers: ['BOB', 'Alice'] }), pkg({}, '1.0.0'), TODAY)).toEqual([]);
  });

  it('an empty maintainer list (PyPI without author fields) counts as unavailable, not as a change', () => {
    const fs = metadataFindings(pkg({ maintainers: ['mallory'] }, '1.1', 'left-pad', 'pypi'), pkg({ maintainers: [] }, '1.0', 'left-pad', 'pypi'), TODAY);
    expect(ids(fs)).toEqual(['pkg/metadata-unavailable']);
    expect(fs[0]!.evidence).toContain('maintainers of 1.0');
  });

  it('does not compare maintainers for an addition', () => {
    expect(metadataFindings(pkg({ maintainers: ['mallory'] }), undefined, TODAY)).toEqual([]);
  });

  it('maintainers unavailable on either side → one info finding naming the signal, no guess', () => {
    const prevGone = pkg({ maintainers: undefined, unavailable: ['maintainers'] }, '1.0.0');
    const fs = metadataFindings(pkg({ maintainers: ['mallory'] }), prevGone, TODAY);
    expect(ids(fs)).toEqual(['pkg/metadata-unavailable']);
    expect(fs[0]!.severity).toBe('info');
    expect(fs[0]!.message).toContain('pkg/maintainer-change');
    expect(fs[0]!.evidence).toContain('maintainers of 1.0.0');
    const curGone = metadataFindings(pkg({ maintainers: undefined, unavailable: ['maintainers'] }), pkg({}, '1.0.0'), TODAY);
    expect(one(curGone, 'pkg/metadata-unavailable').evidence).toContain('maintainers of 2.0.0');
  });

  it('a simple-API-only index: every dependent signal is listed in one info finding', () => {
    const bare = pkg({ created: undefined, maintainers: undefined, repository: undefined, description: undefined, versionCount: undefined, unavailable: ['maintainers', 'repository', 'description', 'dependencies', 'created'] }, '1.0.0', 'requests', 'pypi');
    const fs = metadataFindings(bare, pkg({}, '0.9.0', 'requests', 'pypi'), TODAY);
    expect(ids(fs)).toEqual(['pkg/metadata-unavailable']);
    for (const id of ['pkg/recent-first-release', 'pkg/single-release', 'pkg/maintainer-change', 'pkg/repository-link', 'pkg/empty-description']) {
      expect(fs[0]!.message).toContain(id);
    }
    expect(fs[0]!.message).toContain('https://registry.example');
  });

  it('an unreadable created time is reported as unavailable rather than skipped', () => {
    const f = one(metadataFindings(pkg({ created: 'not a date' }), undefined, TODAY), 'pkg/metadata-unavailable');
    expect(f.evidence).toContain('not a date');
  });

  it('repository: missing is info, unrelated is low, related is nothing', () => {
    expect(one(metadataFindings(pkg({ repository: undefined }), undefined, TODAY), 'pkg/repository-link').severity).toBe('info');
    const borrowed = one(metadataFindings(pkg({ repository: 'https://github.com/facebook/react' }), undefined, TODAY), 'pkg/repository-link');
    expect(borrowed.severity).toBe('low');
    expect(borrowed.evidence).toBe('https://github.com/facebook/react');
    expect(metadataFindings(pkg({ repository: 'https://github.com/stevemao/left-pad' }), undefined, TODAY)).toEqual([]);
  });

  it('empty or blank description is info; unavailable is not "empty"', () => {
    expect(one(metadataFindings(pkg({ description: '  ' }), undefined, TODAY), 'pkg/empty-description').severity).toBe('info');
    expect(one(metadataFindings(pkg({ description: undefined }), undefined, TODAY), 'pkg/empty-description').location).toEqual({ file: '.', line: 1 });
    const gone = metadataFindings(pkg({ description: undefined, unavailable: ['description'] }), undefined, TODAY);
    expect(ids(gone)).toEqual(['pkg/metadata-unavailable']);
  });

  it('deprecated-then-republished: only when the previous was deprecated and the new one is newer', () => {
    const prev = pkg({ deprecated: 'use something else' }, '1.0.0');
    const f = one(metadataFindings(pkg({}, '1.0.1'), prev, TODAY), 'pkg/deprecated-republished');
    expect(f.severity).toBe('low');
    expect(f.evidence).toContain('use something else');
    expect(metadataFindings(pkg({}, '0.9.0'), prev, TODAY)).toEqual([]); // a downgrade
    expect(metadataFindings(pkg({}, '1.0.1'), pkg({}, '1.0.0'), TODAY)).toEqual([]); // not deprecated
    // PyPI: yanked previous, PEP 440 ordering (1.0.post1 > 1.0)
    const py = metadataFindings(pkg({}, '1.0.post1', 'foo', 'pypi'), pkg({ deprecated: 'yanked' }, '1.0', 'foo', 'pypi'), TODAY);
    expect(ids(py).filter((i) => i === 'pkg/deprecated-republished')).toHaveLength(1);
  });

  it('the worst case together stays at or below medium (never fails the default policy alone)', () => {
    const worst = pkg({ created: '2026-11-29T23:00:00Z', versionCount: 1, maintainers: ['mallory'], repository: 'https://github.com/facebook/react', description: '' }, '9.9.9', 'left-pad');
    const fs = metadataFindings(worst, pkg({ deprecated: 'x' }, '1.0.0'), TODAY);
    expect(ids(fs)).toEqual(['pkg/deprecated-republished', 'pkg/empty-description', 'pkg/maintainer-change', 'pkg/recent-first-release', 'pkg/repository-link', 'pkg/single-release']);
    for (const f of fs) {
      expect(severityRank(f.severity)).toBeLessThanOrEqual(severityRank('medium'));
      expect(f.vector).toBe('metadata');
    }
  });
});

describe('repository links', () => {
  it.each([
    ['git+https://github.com/example/left-pad.git', 'example', 'left-pad'],
    ['git@github.com:babel/babel.git', 'babel', 'babel'],
    ['github:sindresorhus/got', 'sindresorhus', 'got'],
    ['expressjs/express', 'expressjs', 'express'],
    ['https://gitlab.com/group/sub/proj/-/tree/main', 'sub', 'proj'],
    ['https://github.com/psf/requests/tree/main/src', 'psf', 'requests'],
  ])('%s → %s/%s', (url, owner, repo) => {
    expect(repositoryParts(url)).toEqual({ owner, repo });
  });

  it.each([
    ['@babel/core', 'https://github.com/babel/babel', true], // monorepo through the scope
    ['python-dateutil', 'https://github.com/dateutil/dateutil', true],
    ['google-cloud-storage', 'https://github.com/googleapis/python-storage', true],
    ['pyyaml', 'https://github.com/yaml/pyyaml', true],
    ['lodash.merge', 'https://github.com/lodash/lodash', true],
    ['requests', 'https://github.com/psf/requests', true],
    ['reqeusts-toolbelt2', 'https://github.com/psf/requests', false], // a typosquat borrowing a link
    ['discord-token-grabber', 'https://github.com/facebook/react', false],
  ])('%s with %s → %s', (name, url, ok) => {
    expect(repositoryMatches(name, url)).toBe(ok);
  });

  it('leaves unreadable links alone', () => {
    expect(repositoryMatches('foo', 'not a url at all')).toBeUndefined();
    expect(metadataFindings(pkg({ repository: 'https://example.com' }), undefined, TODAY)).toEqual([]);
  });
});

describe('METADATA_RULES', () => {
  it('every rule is a pkg/ metadata rule at most medium, with summary and docs', () => {
    expect(METADATA_RULES.map((r) => r.id)).toEqual([
      'pkg/recent-first-release',
      'pkg/single-release',
      'pkg/maintainer-change',
      'pkg/repository-link',
      'pkg/empty-description',
      'pkg/deprecated-republished',
      'pkg/metadata-unavailable',
    ]);
    for (const r of METADATA_RULES) {
      expect(r.id).toMatch(/^pkg\/[a-z-]+$/);
      expect(r.vectors).toEqual(['metadata']);
      expect(severityRank(r.severity)).toBeLessThanOrEqual(severityRank('medium'));
      expect(r.summary.length).toBeGreaterThan(30);
      expect(r.docs.length).toBeGreaterThan(80);
    }
  });
});
