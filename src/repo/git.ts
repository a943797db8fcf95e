import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { userError } from '../runtime/errors.js';
import type { RepoFiles } from './files.js';

/** Manifests are small; anything beyond this is not a manifest a person wrote (and is reported by the parser). */
const MAX_BUFFER = 256 * 1024 * 1024;

function git(dir: string, args: string[]): Promise<{ ok: boolean; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    // `--` guards and `-c core.quotepath=off` keep odd file names as they are; no shell is involved.
    execFile('git', ['-c', 'core.quotepath=off', ...args], { cwd: dir, maxBuffer: MAX_BUFFER, encoding: 'utf8' }, (err, stdout, stderr) =>
      resolve({ ok: !err, stdout, stderr: stderr || (err ? err.message : '') }),
    );
  });
}

/** Resolves a ref to a commit, naming the repository and ref when it does not exist. */
export async function resolveCommit(dir: string, ref: string): Promise<string> {
  const r = await git(dir, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  if (!r.ok) throw userError(`${dir}: git cannot find the commit "${ref}" (fetch it first, e.g. git fetch origin ${ref}, or pass --base/--head)`);
  return r.stdout.trim();
}

/** The special ref meaning "the working tree as it is now" (uncommitted changes included). */
export const WORKTREE = ':worktree';

export function gitFiles(dir: string): RepoFiles {
  return {
    async list(ref) {
      if (ref === WORKTREE) {
        const r = await git(dir, ['ls-files', '-z', '--cached', '--others', '--exclude-standard']);
        if (!r.ok) throw userError(`${dir}: not a git repository (${r.stderr.trim()})`);
        return r.stdout.split('\0').filter(Boolean);
      }
      const r = await git(dir, ['ls-tree', '-r', '-z', '--name-only', ref]);
      if (!r.ok) throw userError(`${dir}: cannot list files at ${ref}: ${r.stderr.trim()}`);
      return r.stdout.split('\0').filter(Boolean);
    },
    async read(ref, path) {
      if (ref === WORKTREE) {
        try {
          return await readFile(`${dir}/${path}`, 'utf8');
        } catch {
          return undefined;
        }
      }
      const r = await git(dir, ['cat-file', 'blob', `${ref}:${path}`]);
      return r.ok ? r.stdout : undefined;
    },
    async changed(base, head) {
      const args = head === WORKTREE ? ['diff', '--no-color', '--no-ext-diff', '-U0', base, '--'] : ['diff', '--no-color', '--no-ext-diff', '-U0', base, head, '--'];
      const r = await git(dir, args);
      if (!r.ok) throw userError(`${dir}: cannot diff ${base}..${head}: ${r.stderr.trim()}`);
      return splitPatch(r.stdout);
    },
  };
}

/** Splits `git diff` output into one patch per file (the `b/` path, i.e. the file at head). */
function splitPatch(diff: string): { path: string; patch: string }[] {
  const out: { path: string; patch: string }[] = [];
  for (const block of diff.split(/^diff --git /m).slice(1)) {
    const plus = /^\+\+\+ (?:b\/(.*)|\/dev\/null)$/m.exec(block);
    const minus = /^--- (?:a\/(.*)|\/dev\/null)$/m.exec(block);
    const path = plus?.[1] ?? minus?.[1];
    if (path === undefined) continue;
    const hunk = block.indexOf('\n@@');
    out.push({ path, patch: hunk >= 0 ? block.slice(hunk + 1) : '' });
  }
  return out;
}
