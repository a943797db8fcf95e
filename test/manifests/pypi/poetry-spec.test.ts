import { satisfies } from '@renovatebot/pep440';
import { describe, expect, it } from 'vitest';
import { poetryPinned, poetryToPep440 } from '../../../src/manifests/pypi/poetry-spec.js';
import { CustomsError } from '../../../src/runtime/errors.js';

describe('poetryToPep440', () => {
  it.each([
    ['^1.2.3', '>=1.2.3,<2.0.0'],
    ['^1.2', '>=1.2,<2.0'],
    ['^1', '>=1,<2'],
    ['^0.2.3', '>=0.2.3,<0.3.0'],
    ['^0.0.3', '>=0.0.3,<0.0.4'],
    ['^0.0', '>=0.0,<0.1'],
    ['^0', '>=0,<1'],
    ['~1.2.3', '>=1.2.3,<1.3.0'],
    ['~1.2', '>=1.2,<1.3'],
    ['~1', '>=1,<2'],
    ['~=1.4', '~=1.4'],
    ['1.2.*', '==1.2.*'],
    ['1.2.3', '==1.2.3'],
    ['=1.2.3', '==1.2.3'],
    ['>= 1.2, < 1.5', '>=1.2,<1.5'],
    ['>=1.2 <1.5 !=1.3.1', '>=1.2,<1.5,!=1.3.1'],
    ['*', ''],
    ['', ''],
    ['^2.0.0b1', '>=2.0.0b1,<3.0.0'],
  ])('%s → %s', (input, expected) => {
    expect(poetryToPep440(input)).toEqual([expected]);
  });

  it('splits || alternatives', () => {
    expect(poetryToPep440('^1.2 || ^2.0')).toEqual(['>=1.2,<2.0', '>=2.0,<3.0']);
  });

  it('produces specifiers @renovatebot/pep440 evaluates as Poetry does', () => {
    const [caret] = poetryToPep440('^0.2.3');
    expect(satisfies('0.2.9', caret!)).toBe(true);
    expect(satisfies('0.3.0', caret!)).toBe(false);
    const [tilde] = poetryToPep440('~1.2');
    expect(satisfies('1.2.7', tilde!)).toBe(true);
    expect(satisfies('1.3.0', tilde!)).toBe(false);
  });

  it('rejects malformed constraints with the given location', () => {
    expect(() => poetryToPep440('^abc', 'pyproject.toml:7')).toThrow(/^pyproject\.toml:7: invalid Poetry version constraint "\^abc"/);
    expect(() => poetryToPep440('>=', 'x:1')).toThrow(CustomsError);
    expect(() => poetryToPep440('~', 'x:1')).toThrow(CustomsError);
  });

  it('knows which constraints pin one version', () => {
    expect(poetryPinned('1.2.3')).toBe('1.2.3');
    expect(poetryPinned('==1.2.3')).toBe('1.2.3');
    expect(poetryPinned('1.2.*')).toBeUndefined();
    expect(poetryPinned('^1.2.3')).toBeUndefined();
  });
});
