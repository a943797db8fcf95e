/**
 * One status line on a terminal ("downloaded 3 · inspected 2"), rewritten in place; silent when stderr is
 * not a TTY (CI logs, pipes) so machine-readable output and logs stay clean.
 */
export class Progress {
  private readonly counts = new Map<string, number>();
  private last = 0;
  private shown = false;

  constructor(private readonly stream: { isTTY?: boolean; write(s: string): unknown }) {}

  tick(stage: string): void {
    this.counts.set(stage, (this.counts.get(stage) ?? 0) + 1);
    if (!this.stream.isTTY) return;
    const now = Date.now();
    if (now - this.last < 100) return; // at most ten redraws a second
    this.last = now;
    this.shown = true;
    this.stream.write(`\r\x1b[K${[...this.counts].map(([k, v]) => `${k} ${v}`).join(' · ')}`);
  }

  count(stage: string): number {
    return this.counts.get(stage) ?? 0;
  }

  done(): void {
    if (this.shown) this.stream.write('\r\x1b[K');
  }
}
