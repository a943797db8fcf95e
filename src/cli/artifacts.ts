import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { userError } from '../runtime/errors.js';

const MAGIC = [
  [0x1f, 0x8b],
  [0x42, 0x5a, 0x68],
  [0x50, 0x4b, 0x03, 0x04],
  [0x50, 0x4b, 0x05, 0x06],
  [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00],
];

function looksLikeArchive(path: string): boolean {
  try {
    const head = readFileSync(path).subarray(0, 512);
    if (MAGIC.some((m) => m.every((b, i) => head[i] === b))) return true;
    return head.subarray(257, 262).toString('latin1') === 'ustar';
  } catch {
    return false;
  }
}

/** Artifact files named on the command line: files as given, folders searched for archives (by content). */
export function collectArtifacts(paths: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string, depth: number): void => {
    if (depth > 12) return;
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(dir, entry.name);
      if (entry.isDirectory()) walk(p, depth + 1);
      else if (entry.isFile() && looksLikeArchive(p)) out.push(p);
    }
  };
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      throw userError(`${p}: no such file or folder`);
    }
    if (st.isDirectory()) walk(p, 0);
    else out.push(p);
  }
  return out;
}

export function readArtifact(path: string): { bytes: Uint8Array; filename: string } {
  return { bytes: new Uint8Array(readFileSync(path)), filename: basename(path) };
}
