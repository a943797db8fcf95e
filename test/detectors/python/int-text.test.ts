import { beforeAll, describe, expect, it } from 'vitest';
import type { PythonAnalyzer } from '../../../src/detectors/python/parser.js';
import { foldIntText } from '../../../src/detectors/python/int-text.js';
import { pythonAnalyzer } from '../../support/python-analyzer.js';

let analyzer: PythonAnalyzer;
beforeAll(async () => {
  analyzer = await pythonAnalyzer();
});

const int = (text: string, depth = 100): number | undefined => {
  const v = foldIntText(text, depth);
  return v?.kind === 'int' ? v.n : undefined;
};

/** Arithmetic the text folder must fold exactly as the tree folder (and tree-sitter's grammar) does. */
const EXPRESSIONS = [
  '(((1 << 4) - 1) << 3) + 1', '-3 << 0', '-1 << 2', '~5 + 100', '+7', '--7 + 10', '-2 ** 2 + 10', '2 ** -1 + 3',
  '2 ** 3 ** 2', '1 & 6 ^ 3', '6 ^ 3 & 1', '5 | 2 ^ 7 & 3', '100 - 10 - 5', '7 * 8 // 3 % 5', '2 * 3 + 4 * 5',
  '1 << 2 + 1', '(1 << 2) + 1', '0x41 + 0o7 + 0b11', '1_000 >> 2', '0xFF_FF & 0x7f', '10L + 1', '0777 - 500',
  '(\n  3 +\n  4\n)', '834*(395 & 643)+865//460-(104 | 469+415) | 104 << 3 >> (935 | 183) & ~61',
  '((((((7))))))', '7 % -3 + 9', '-7 // 2 + 9',
];

describe('python analyser: integer arithmetic folded from the text', () => {
  it('follows the grammar: ^ binds tighter than &, unary below **, ** right-associative', () => {
    expect(int('1 & 6 ^ 3')).toBe(1 & (6 ^ 3));
    expect(int('-2 ** 2')).toBe(-4);
    expect(int('2 ** 3 ** 2')).toBe(512);
    expect(int('2 ** -1')).toBeUndefined(); // a negative power does not fold
    expect(int('(((1 << 4) - 1) << 3) + 1')).toBe(121);
    expect(int('~5')).toBe(-6);
  });

  it('leaves everything else to the tree', () => {
    for (const t of ['x + 1', '1.5 + 1', '1e3', '(1, 2)', '()', '1 # c', '1 +\\\n 2', '5j', '1 / 2', '1 < 2', "'a' * 2", '(1', '1 2', '0b12', '1if 1 else 2']) {
      expect(int(t), t).toBeUndefined();
    }
    expect(int('((((1))))', 4)).toBe(1);
    expect(int('((((1))))', 3)).toBeUndefined();
    expect(int('('.repeat(100_000) + '1' + ')'.repeat(100_000))).toBeUndefined();
  });

  it('gives what folding the tree gives', () => {
    // `sink(chr(...))` folds through the text; the local function's body is inlined with its argument
    // bound, which folds node by node (the text folder is not used with bindings).
    let folded = 0;
    for (const e of EXPRESSIONS) {
      const src = [`def g(y): return chr(200 + (${e}) + y)`, `sink(chr(200 + (${e})))`, 'sink(g(0))'].join('\n');
      const [text, tree] = analyzer.analyze('x.py', src).calls.filter((c) => c.callee === 'sink').map((c) => c.args[0]?.value);
      expect(text, e).toBe(tree);
      const n = int(e);
      if (n !== undefined && n >= -200 && n < 0x10ffff - 200) {
        expect(text, e).toBe(String.fromCodePoint(200 + n));
        folded++;
      }
    }
    expect(folded).toBeGreaterThan(EXPRESSIONS.length - 4);
  });
});
