import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Ecosystem } from '../model/index.js';
import { userError } from '../runtime/errors.js';

export type Label = 'malicious' | 'benign';

export interface CorpusItem {
  ecosystem: Ecosystem;
  label: Label;
  path: string;
  /** Path as written in the manifest (relative to it), used in reports. */
  id: string;
  name?: string;
  version?: string;
}

/** Every labelled artifact under DIR/{pypi,npm}/{malicious,benign}/manifest.jsonl (see the corpus README). */
export function readCorpus(dir: string): CorpusItem[] {
  const items: CorpusItem[] = [];
  for (const ecosystem of ['pypi', 'npm'] as const) {
    for (const label of ['malicious', 'benign'] as const) {
      const manifest = join(dir, ecosystem, label, 'manifest.jsonl');
      if (!existsSync(manifest)) continue;
      const base = dirname(manifest);
      readFileSync(manifest, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (!line.trim()) return;
          let entry: { path?: unknown; included?: unknown; name?: unknown; version?: unknown };
          try {
            entry = JSON.parse(line) as typeof entry;
          } catch {
            throw userError(`${manifest}:${i + 1}: not valid JSON`);
          }
          if (entry.included === false || typeof entry.path !== 'string') return;
          items.push({
            ecosystem,
            label,
            path: join(base, entry.path),
            id: `${ecosystem}/${label}/${entry.path}`,
            ...(typeof entry.name === 'string' ? { name: entry.name } : {}),
            ...(typeof entry.version === 'string' ? { version: entry.version } : {}),
          });
        });
    }
  }
  if (items.length === 0) throw userError(`${dir}: no manifest.jsonl under {pypi,npm}/{malicious,benign}/`);
  return items;
}
