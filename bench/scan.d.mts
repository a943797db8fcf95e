// Types for bench/scan.mjs (the benchmark stays plain JavaScript; its test is TypeScript).
export interface CliRun {
  code: number | null;
  seconds: number;
  cpuSeconds?: number;
  peakMiB: number;
  stdout: string;
  stderr: string;
}
export function makeRepo(packages: readonly { name: string; version: string; tarball: string; integrity: string }[]): string;
export function runCli(args: string[], opts?: { cli?: string; nodeArgs?: string[] }): Promise<CliRun>;
export function scanBench(corpus: string, opts?: { nodeArgs?: string[]; keep?: boolean }): Promise<Record<string, unknown>>;
