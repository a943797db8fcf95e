import { isStringish, joinSteps, MAX_FOLDED, type Folded, type Stringish } from './folded.js';
import { parseStringLiteral } from './literals.js';
import type { PyNode } from './syntax.js';

/**
 * The value of an f-string whose replacement fields all fold (`f'curl {HOST}/s | sh'` with `HOST` a
 * constant): literal parts unescaped as the prefix says, each field's text or integer. A field with a
 * conversion or a format spec (`{x!r}`, `{n:>4}`), or one that does not fold, leaves the whole undefined:
 * a partial value is not the run-time value. t-strings are templates, not text.
 */
export function foldFString(node: PyNode, sub: (n: PyNode | undefined) => Folded | undefined): Folded | undefined {
  const first = node.named[0];
  if (first?.type !== 'string_start') return undefined;
  const opener = first.text();
  const q = opener.search(/['"]/);
  if (q < 0) return undefined;
  const prefix = opener.slice(0, q);
  if (!/[fF]/.test(prefix) || /[bBtT]/.test(prefix)) return undefined;
  const plain = prefix.replace(/[fF]/g, '');
  const quote = opener.slice(q);
  let s = '';
  let steps: string[] = [];
  for (const child of node.named) {
    switch (child.type) {
      case 'string_start':
      case 'string_end':
        continue;
      case 'string_content': {
        const lit = parseStringLiteral(`${plain}${quote}${child.text().replace(/\{\{/g, '{').replace(/\}\}/g, '}')}${quote}`);
        if (!lit) return undefined;
        s += lit.value;
        break;
      }
      case 'interpolation': {
        if (child.named.length !== 1) return undefined;
        const v = sub(child.named[0]);
        if (v?.kind === 'int') s += String(v.n);
        else if (isStringish(v) && v.kind === 'text') {
          s += v.s;
          steps = joinSteps(steps, v.steps);
        } else return undefined;
        break;
      }
      default:
        return undefined;
    }
    if (s.length > MAX_FOLDED) return undefined;
  }
  return { kind: 'text', s, steps };
}

/** Some part of adjacent literals is an f-string with a `{` in it (a replacement field, or only doubled braces). */
export function hasField(source: string, parts: ReadonlyArray<readonly [number, number]>): boolean {
  return parts.some(([s, e]) => {
    const q = source.slice(s, Math.min(e, s + 4)).search(/['"]/);
    return q > 0 && /[fF]/.test(source.slice(s, s + q)) && source.slice(s + q, e).includes('{');
  });
}

/**
 * `'curl %s | sh' % URL`, `'%s:%d' % (HOST, PORT)`: only plain `%s`/`%d`/`%i` fields (and `%%`), each given a
 * folded text or integer, one value per field; anything else (flags, widths, `%r`, named fields) stays unfolded.
 */
export function percentFormat(template: Stringish, values: Folded): Folded | undefined {
  const items = values.kind === 'list' ? values.items : [values];
  let i = 0;
  let ok = true;
  const s = template.s.replace(/%(.)/gs, (_m, c: string) => {
    if (c === '%') return '%';
    const v = items[i++];
    if (c === 's' && isStringish(v) && v.kind === 'text') return v.s;
    if ((c === 's' || c === 'd' || c === 'i') && v?.kind === 'int') return String(v.n);
    ok = false;
    return '';
  });
  if (!ok || i !== items.length || s.length > MAX_FOLDED) return undefined;
  const steps = items.reduce<string[]>((acc, v) => (isStringish(v) ? joinSteps(acc, v.steps) : acc), template.steps);
  return { kind: 'text', s, steps };
}
