/**
 * The Action's entry (action.yml → dist/index.js). Thin on purpose (DESIGN.md, convention 12): everything
 * GitHub-specific is in src/github/run.ts; this file only wires the pipeline and the reporters into it.
 */
import { pathToFileURL } from 'node:url';
import { runAction, type ActionDeps } from './github/run.js';
import { internalError } from './runtime/errors.js';

/** The pipeline as the Action calls it: inputs, file access at base and head, the scan target, a logger. */
export type Scan = ActionDeps['scan'];
/** The reporters as the Action calls them: report → summary, review comments, annotations, SARIF, JSON. */
export type Render = ActionDeps['render'];

export interface Wiring {
  scan: Scan;
  render: Render;
  /** Local-checkout file access (git), used when there is no token or with `comment: none`. */
  localFiles?: ActionDeps['localFiles'];
}

export async function main(w: Wiring): Promise<void> {
  await runAction(w);
}

// Until src/pipeline.ts exposes the base-vs-head scan, the entry fails loudly rather than passing silently.
const notWired = (): never => {
  throw internalError('The scan pipeline is not wired into src/main.ts yet.');
};

const entry = process.argv[1] ? pathToFileURL(process.argv[1]).href : '';
if (import.meta.url === entry) await main({ scan: async () => notWired(), render: () => notWired() });
