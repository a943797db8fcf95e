/**
 * `str()` of builtin objects, which obfuscators index into to spell names without string literals
 * (`oct.__str__()[-3]` is 'c' of '<built-in function oct>'). Only the stable prefix of `copyright`.
 */

const CLASSES = new Set(
  'bool bytearray bytes classmethod complex dict enumerate filter float frozenset int list map memoryview object property range reversed set slice staticmethod str super tuple type zip'.split(' '),
);
const FUNCTIONS = new Set(
  'abs all any ascii bin breakpoint callable chr compile delattr dir divmod eval exec format getattr globals hasattr hash hex id input isinstance issubclass iter len locals max min next oct open ord pow print repr round setattr sorted sum vars __import__'.split(' '),
);

/** The text of `str(builtins.<name>)`, for the builtins whose text does not depend on the Python version. */
export function builtinRepr(name: string): string | undefined {
  if (FUNCTIONS.has(name)) return `<built-in function ${name}>`;
  if (CLASSES.has(name)) return `<class '${name}'>`;
  if (name === 'copyright') return 'Copyright (c) 2001-';
  return undefined;
}

/** `builtins.oct.__str__` / `builtins.oct.__repr__` → `oct`. */
export function reprTarget(callee: string): string | undefined {
  const m = /^builtins\.(\w+)\.__(?:str|repr)__$/.exec(callee);
  return m && builtinRepr(m[1] as string) !== undefined ? m[1] : undefined;
}
