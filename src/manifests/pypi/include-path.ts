/**
 * Resolves `-r`/`-c` targets of a requirements file to repository-relative paths. pip resolves them relative
 * to the including file's folder (https://pip.pypa.io/en/stable/reference/requirements-file-format/#referring-to-other-requirements-files);
 * anything that would leave the repository (absolute paths, `..` past the root) is refused, because the
 * scanner reads only repository content.
 */
import { userError } from '../../runtime/errors.js';

export function resolveInclude(fromFile: string, target: string, where: string): string {
  const t = target.replace(/\\/g, '/');
  if (t.startsWith('/') || /^[A-Za-z]:\//.test(t) || t.startsWith('~')) {
    throw userError(`${where}: included file "${target}" is an absolute path outside the repository`);
  }
  const parts = fromFile.replace(/\\/g, '/').split('/');
  parts.pop(); // the including file's own name
  const out = parts.filter((p) => p !== '' && p !== '.');
  for (const seg of t.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length === 0) throw userError(`${where}: included file "${target}" is outside the repository`);
      out.pop();
    } else out.push(seg);
  }
  if (out.length === 0) throw userError(`${where}: included file "${target}" names a folder, not a file`);
  return out.join('/');
}
