import { createHash } from 'node:crypto';
import type { FileFacts } from '../model/index.js';

/**
 * Analysis is a pure function of the source text, and the same files recur: one version after another of a
 * package, vendored copies, whole malware families sharing one setup.py. Facts are memoised by a digest of
 * the text and handed out as fresh copies labelled with the asking file's path.
 *
 * Entries are kept serialised. Facts hold snippets sliced out of the source and of folded payloads, and a
 * sliced string keeps its whole parent alive: a cache of live facts retained megabytes per entry that its
 * byte count never saw (a heap snapshot of `customs eval` showed most of the heap held that way). The
 * serialised text is exactly what an entry costs, so the bound holds.
 */
export class AnalysisCache {
  private readonly entries = new Map<string, string>();
  private chars = 0;

  /** `maxChars`: total length of the serialised entries; an entry larger than a quarter of it is not kept. */
  constructor(private readonly maxChars = 8 * 1024 * 1024) {}

  get(language: FileFacts['language'], file: string, source: string, analyze: () => FileFacts): FileFacts {
    if (source.length < 256) return analyze();
    const key = `${language}:${createHash('sha1').update(source).digest('base64')}`;
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return { ...(JSON.parse(hit) as FileFacts), file };
    }
    const facts = analyze();
    // A source this long has facts longer than an entry may be: serialising them only to drop the text
    // would cost a transient copy of tens of MiB at the moment a worker holds its largest parse.
    if (source.length > this.maxChars / 4) return facts;
    const json = JSON.stringify(facts);
    if (json.length > this.maxChars / 4) return facts;
    this.entries.set(key, json);
    this.chars += json.length;
    for (const [k, v] of this.entries) {
      if (this.chars <= this.maxChars) break;
      this.entries.delete(k);
      this.chars -= v.length;
    }
    return facts;
  }
}
