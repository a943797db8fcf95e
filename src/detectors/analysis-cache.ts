import { createHash } from 'node:crypto';
import type { FileFacts } from '../model/index.js';

/**
 * Analysis is a pure function of the source text, and the same files recur: one version after another of a
 * package, vendored copies, whole malware families sharing one setup.py. Facts are memoised by a digest of
 * the text, bounded by total source bytes, and handed out as copies labelled with the asking file's path.
 */
export class AnalysisCache {
  private readonly entries = new Map<string, { facts: FileFacts; bytes: number }>();
  private bytes = 0;

  constructor(private readonly maxBytes = 16 * 1024 * 1024) {}

  get(language: FileFacts['language'], file: string, source: string, analyze: () => FileFacts): FileFacts {
    if (source.length < 256) return analyze();
    const key = `${language}:${createHash('sha1').update(source).digest('base64')}`;
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return { ...hit.facts, file, decoded: [...hit.facts.decoded] };
    }
    const facts = analyze();
    this.entries.set(key, { facts: { ...facts, decoded: [...facts.decoded] }, bytes: source.length });
    this.bytes += source.length;
    for (const [k, v] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(k);
      this.bytes -= v.bytes;
    }
    return facts;
  }
}
