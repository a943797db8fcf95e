/**
 * A throwaway git repository with a `base` and a `head` commit (tagged), built from two file maps, for
 * end-to-end tests of `customs scan`. Files absent from the head map are deleted at head.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export function git(dir: string, ...args: string[]): Promise<string> {
  return new Promise((resolve, reject) =>
    execFile('git', args, { cwd: dir }, (err, stdout, stderr) => (err ? reject(new Error(`git ${args.join(' ')}: ${stderr}`)) : resolve(stdout))),
  );
}

async function writeAll(dir: string, files: Record<string, string>): Promise<void> {
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
}

/** Creates the repository, commits `base` (tag `base`) then `head` (tag `head`); returns its folder. */
export async function buildRepo(base: Record<string, string>, head: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'customs-git-repo-'));
  await git(dir, 'init', '-q', '-b', 'main');
  await git(dir, 'config', 'user.email', 'test@example.test');
  await git(dir, 'config', 'user.name', 'test');
  await git(dir, 'config', 'commit.gpgsign', 'false');
  await writeAll(dir, { 'README.md': '# fixture\n', ...base });
  await git(dir, 'add', '-A');
  await git(dir, 'commit', '-qm', 'base');
  await git(dir, 'tag', 'base');
  for (const path of Object.keys(base)) if (!(path in head)) await rm(join(dir, path), { force: true });
  await writeAll(dir, head);
  await git(dir, 'add', '-A');
  await git(dir, 'commit', '-qm', 'head', '--allow-empty');
  await git(dir, 'tag', 'head');
  return dir;
}
