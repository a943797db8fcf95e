import { describe, expect, it } from 'vitest';
import { packageFingerprint, resolvedSince } from '../../src/report/fingerprint.js';
import { diffLinesFromPatch, findingMarker, postedFingerprints, REVIEW_BODY_BUDGET, reviewFindings, splitReview } from '../../src/report/review.js';
import { finding, pkg, report, RULES_URL } from './builders.js';

/** `git diff` of requirements.txt: two hunks, a deletion, a context line and no newline at the end. */
const PATCH = [
  'diff --git a/requirements.txt b/requirements.txt',
  'index 3b18e51..a9c2f01 100644',
  '--- a/requirements.txt',
  '+++ b/requirements.txt',
  '@@ -1,4 +1,5 @@',
  ' flask==3.0.0',
  '-requests==2.31.0',
  '+requests==2.32.3',
  '+evil-pkg==1.0.0',
  ' numpy==1.26.4',
  ' pandas==2.2.0',
  '@@ -20,3 +21,4 @@ # dev tools',
  ' pytest==8.0.0',
  '+noisy==2.1.0',
  ' ruff==0.3.0',
  '-black==24.1.0',
  '\\ No newline at end of file',
  '+black==24.2.0',
  '\\ No newline at end of file',
].join('\n');

describe('diffLinesFromPatch', () => {
  it('returns the RIGHT-side lines of every hunk (added and context), not deleted ones', () => {
    expect([...diffLinesFromPatch(PATCH)].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 21, 22, 23, 24]);
  });

  it('handles hunks without counts, CRLF and GitHub API patches without file headers', () => {
    expect([...diffLinesFromPatch('@@ -3 +3 @@\r\n-a\r\n+b\r\n')]).toEqual([3]);
    expect([...diffLinesFromPatch('@@ -0,0 +1,2 @@\n+x\n+y')]).toEqual([1, 2]);
    expect(diffLinesFromPatch('').size).toBe(0);
    expect(diffLinesFromPatch('Binary files a/x and b/x differ').size).toBe(0);
  });

  it('ignores text after a hunk is complete', () => {
    expect([...diffLinesFromPatch('@@ -1 +1 @@\n-a\n+b\n+not counted\n')]).toEqual([1]);
  });
});

const evil = pkg('evil-pkg', 'fail', [finding('code/command-execution', 'critical'), finding('code/obfuscation', 'high')], { changeOver: { source: { file: 'requirements.txt', line: 3 } } });
const noisy = pkg('noisy', 'warn', [finding('code/network-at-install', 'medium')], { changeOver: { source: { file: 'requirements.txt', line: 22 } } });
const outside = pkg('old-dep', 'fail', [finding('code/reverse-shell', 'critical')], { changeOver: { source: { file: 'requirements.txt', line: 10 } } });
const lockOnly = pkg('deep', 'warn', [finding('code/obfuscation', 'medium')], { changeOver: { source: { file: 'poetry.lock', line: 0 } } });
const fine = pkg('flask', 'pass');
const scan = report([evil, noisy, outside, lockOnly, fine]);

describe('reviewFindings', () => {
  const all = reviewFindings(scan, { rulesUrl: RULES_URL });

  it('one payload per failing or warning package, on its manifest line, RIGHT side', () => {
    expect(all.map((f) => [f.ref.name, f.comment.path, f.comment.line, f.comment.side])).toEqual([
      ['evil-pkg', 'requirements.txt', 3, 'RIGHT'],
      ['noisy', 'requirements.txt', 22, 'RIGHT'],
      ['old-dep', 'requirements.txt', 10, 'RIGHT'],
      ['deep', 'poetry.lock', 0, 'RIGHT'],
    ]);
    expect(Object.keys(all[0]!.comment).sort()).toEqual(['body', 'line', 'path', 'side']);
  });

  it('bodies start with the fingerprint marker and carry the package details', () => {
    const body = all[0]!.comment.body;
    expect(body.split('\n')[0]).toBe(`<!-- customs:finding ${all[0]!.fingerprint} -->`);
    expect(body).toContain('**❌ fail: `evil-pkg` `new 1.0.0` (pypi, direct)**');
    expect(body).toContain(`(${RULES_URL('code/command-execution')})`);
    expect(body).toContain('    rules: ["code/command-execution", "code/obfuscation"]');
  });

  it('fingerprints: sha256 prefix, stable per name + version + rule ids, independent of order and messages', () => {
    expect(all[0]!.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(all[0]!.fingerprint).toBe(packageFingerprint(evil.ref, ['code/obfuscation', 'code/command-execution', 'code/obfuscation']));
    const reworded = { ...evil, findings: evil.findings.map((f) => ({ ...f, message: 'other words', location: { file: 'x.py', line: 99 } })).reverse() };
    expect(reviewFindings(report([reworded]))[0]!.fingerprint).toBe(all[0]!.fingerprint);
    expect(packageFingerprint({ ...evil.ref, version: '1.0.1' }, ['code/command-execution', 'code/obfuscation'])).not.toBe(all[0]!.fingerprint);
    expect(packageFingerprint(evil.ref, ['code/command-execution'])).not.toBe(all[0]!.fingerprint);
    expect(packageFingerprint({ ...evil.ref, ecosystem: 'npm' }, ['code/command-execution', 'code/obfuscation'])).not.toBe(all[0]!.fingerprint);
  });

  it('keeps bodies within GitHub’s 65,536-character limit', () => {
    const many = Array.from({ length: 300 }, (_, i) => finding(`code/rule-${i}`, 'critical', { snippet: 'x'.repeat(5000), evidence: 'y'.repeat(5000), message: 'm'.repeat(3000) }));
    const huge = reviewFindings(report([pkg('huge', 'fail', many)]));
    expect(huge[0]!.comment.body.length).toBeLessThanOrEqual(REVIEW_BODY_BUDGET);
    expect(huge[0]!.comment.body.startsWith(findingMarker(huge[0]!.fingerprint))).toBe(true);
  });
});

describe('splitReview', () => {
  const all = reviewFindings(scan);
  const diff = new Map([['requirements.txt', diffLinesFromPatch(PATCH)]]);

  it('puts comments on diff lines inline and the rest in the summary', () => {
    const split = splitReview(all, diff);
    expect(split.inline.map((f) => f.ref.name)).toEqual(['evil-pkg', 'noisy']);
    expect(split.leftover.map((f) => f.ref.name)).toEqual(['old-dep', 'deep']);
    expect(split.repeated).toEqual([]);
  });

  it('drops what was already posted, found by the markers in earlier comment bodies', () => {
    const earlier = [all[0]!.comment.body, 'unrelated comment', `text ${findingMarker('ffffffffffffffff')}`];
    const posted = postedFingerprints(earlier);
    expect([...posted].sort()).toEqual([all[0]!.fingerprint, 'ffffffffffffffff'].sort());
    const split = splitReview(all, diff, posted);
    expect(split.inline.map((f) => f.ref.name)).toEqual(['noisy']);
    expect(split.repeated.map((f) => f.ref.name)).toEqual(['evil-pkg']);
    expect(resolvedSince(posted, all.map((f) => f.fingerprint))).toEqual(['ffffffffffffffff']);
  });

  it('a file missing from the diff map leaves everything for the summary', () => {
    expect(splitReview(all, new Map()).inline).toEqual([]);
  });
});
