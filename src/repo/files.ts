/**
 * The repository at two commits, as the scan reads it: through local git (CLI, Action with a checkout) or
 * through the GitHub API (src/github, no checkout, PR code never run). Files are data; nothing is executed.
 */
export interface RepoFiles {
  /** Every file path (repository-relative, `/` separators) at `ref`. */
  list(ref: string): Promise<string[]>;
  /** A file's text at `ref`, or undefined when it does not exist there. */
  read(ref: string, path: string): Promise<string | undefined>;
  /** Paths that differ between base and head, with the unified diff when known (for review-comment lines). */
  changed(base: string, head: string): Promise<{ path: string; patch?: string }[]>;
}
