/**
 * Which lines of the head file a review comment may sit on: GitHub accepts `side: RIGHT` comments only on
 * lines inside a hunk of the diff (added or context lines). Patch format: unified diff hunks
 * `@@ -a,b +c,d @@` (https://www.gnu.org/software/diffutils/manual/html_node/Detailed-Unified.html).
 */
export function commentableLines(patch: string | undefined): Set<number> {
  const lines = new Set<number>();
  if (!patch) return lines;
  let next = 0;
  for (const raw of patch.split('\n')) {
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(raw);
    if (hunk) {
      next = Number(hunk[1]);
      continue;
    }
    if (next === 0 || raw.startsWith('\\')) continue; // before the first hunk, or "\ No newline at end of file"
    if (raw.startsWith('-')) continue; // removed lines exist only on the LEFT side
    lines.add(next++);
  }
  return lines;
}
