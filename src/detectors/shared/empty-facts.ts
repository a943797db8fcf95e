import type { FileFacts, FileMetrics, Language } from '../../model/index.js';

/** Facts with no findings yet: the start of an analysis, or all there is when a file cannot be parsed. */
export function emptyFacts(language: Language, file: string, metrics: FileMetrics): FileFacts {
  return { language, file, imports: [], calls: [], reads: [], strings: [], functions: [], classes: [], decoded: [], metrics };
}
