import { describe, expect, it } from 'vitest';
import { literalPath } from '../../../src/detectors/code/file-wiper.js';

describe('file wiper: roots named through path functions', () => {
  it('joins the string literals of calls that only normalise a path', () => {
    expect(literalPath("path.resolve('../../../')")).toBe('../../../');
    expect(literalPath("path.join('..', '..')")).toBe('../..');
    expect(literalPath("os.path.abspath('/')")).toBe('/');
    expect(literalPath("Path('/').resolve()")).toBe('/');
    expect(literalPath('path.resolve(__dirname, "..")')).toBeUndefined();
    expect(literalPath("path.resolve('build')")).toBe('build');
  });

  it('gives up at once on argument text built to make a regular expression backtrack', () => {
    // Forty quoted strings separated by runs of blanks and no closing parenthesis: a pattern with two
    // adjacent optional blank runs per item tried every split of every run (it hung on eighteen).
    expect(literalPath(`path.join(${"'a'          ".repeat(40)}x`)).toBeUndefined();
  });
});
