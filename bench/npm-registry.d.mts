// Types for bench/npm-registry.mjs (the benchmark stays plain JavaScript; its test is TypeScript).
export interface BenignEntry {
  path: string;
  name: string;
  version: string;
  sha256?: string;
  bytes?: number;
  /** Absolute path of the tarball. */
  file: string;
  [key: string]: unknown;
}
export interface ServedPackage {
  name: string;
  version: string;
  tarball: string;
  integrity: string;
  bytes: number;
}
export interface NpmRegistry {
  url: string;
  packages: ServedPackage[];
  requests: { packument: number; tarball: number; other: number };
  close(): Promise<void>;
}
export function readBenignManifest(corpus: string): BenignEntry[];
export function packageJsonOf(tgz: Uint8Array): Record<string, unknown> | undefined;
export function startNpmRegistry(corpus: string): Promise<NpmRegistry>;
