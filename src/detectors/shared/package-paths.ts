/** A path inside the package: `\` as `/`, empty and `.` segments dropped, `..` applied (never above the root). */
export function normalizePackagePath(path: string): string {
  const out: string[] = [];
  for (const part of path.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return out.join('/');
}

const LITERAL = /[rRbBuU]{0,2}(['"`])((?:(?!\1)[^\\\n$])+)\1/g;

/**
 * The package file named by the string literals of a read's text (`open(os.path.join('data', 'x.dat'))`,
 * `readFileSync(path.join(__dirname, 'lib', 'x.dat'), 'utf8')` → `…/x.dat`), literals matching `notPath`
 * (modes, encodings) left out, and leading literals that are not part of the path (module names) dropped
 * until a file matches. Tried relative to the reading file's folder and to the package root, in the order
 * `dirFirst` says; undefined unless the file exists (`has`) and is not the reader itself.
 */
export function namedPackageFile(text: string, from: string, has: (path: string) => boolean, notPath: RegExp, dirFirst: boolean): string | undefined {
  const parts: string[] = [];
  for (const m of text.matchAll(LITERAL)) {
    const s = m[2] as string;
    if (!notPath.test(s)) parts.push(s);
  }
  if (parts.length === 0 || parts.length > 8) return undefined;
  const dir = from.includes('/') ? from.slice(0, from.lastIndexOf('/')) : '';
  // Literals before the path's own (`require('fs').readFileSync(…)`) are dropped one at a time.
  for (let first = 0; first < parts.length; first++) {
    const written = normalizePackagePath(parts.slice(first).join('/'));
    const inDir = dir ? normalizePackagePath(`${dir}/${written}`) : undefined;
    for (const candidate of dirFirst ? [inDir, written] : [written, inDir]) {
      if (candidate && candidate !== from && has(candidate)) return candidate;
    }
  }
  return undefined;
}
