import { describe, expect, it } from 'vitest';
import { parseStringLiteral } from '../../../src/detectors/python/literals.js';

describe('parseStringLiteral escapes (runs between backslashes are copied whole)', () => {
  const value = (raw: string): string | undefined => parseStringLiteral(raw)?.value;

  it('decodes escapes between plain runs', () => {
    expect(value(String.raw`'abc\x41def\u00e9\n\101\U0001F600z'`)).toBe('abcAdef\u00e9\nA\u{1F600}z');
    expect(value(String.raw`'\\\\'`)).toBe('\\\\');
    expect(value("'line\\\nnext'")).toBe('linenext');
  });

  it('keeps unknown escapes and a trailing lone backslash as written', () => {
    expect(value(String.raw`'a\qb\N{DASH}'`)).toBe('a\\qb\\N{DASH}');
    expect(parseStringLiteral("'abc\\")?.value).toBe('abc\\');
  });

  it('reads bytes as latin1, keeping the low byte of wider characters', () => {
    expect(value(String.raw`b'\xff\x00ok'`)).toBe('\xff\x00ok');
    expect(value("b'caf\u00e9'")).toBe('caf\u00e9');
    expect(value("b'\u20ac'")).toBe('\xac');
  });
});
