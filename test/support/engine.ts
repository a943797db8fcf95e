import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildPackageModel } from '../../src/detectors/model.js';
import type { PackageModel } from '../../src/detectors/types.js';
import type { ContentFile, Ecosystem, PackageContents } from '../../src/model/index.js';
import { createEngine, type Engine } from '../../src/pipeline.js';
import { loadTreeSitterWasm } from '../../src/runtime/wasm.js';

let engine: Promise<Engine> | undefined;

/** One engine per test file (tree-sitter start-up is the slow part). */
export function testEngine(): Promise<Engine> {
  engine ??= createEngine(loadTreeSitterWasm());
  return engine;
}

export function contentsFromFiles(files: Record<string, string | Uint8Array>): PackageContents {
  const list: ContentFile[] = Object.entries(files).map(([path, data]) => {
    const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
    return { path, archivePath: path, size: bytes.length, data: bytes };
  });
  return { format: 'tar.gz', root: '', files: list, skipped: [] };
}

export function filesOfDir(dir: string): Record<string, Uint8Array> {
  const out: Record<string, Uint8Array> = {};
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p).split('\\').join('/')] = new Uint8Array(readFileSync(p));
    }
  };
  walk(dir);
  return out;
}

export async function modelOf(files: Record<string, string | Uint8Array>, ecosystem?: Ecosystem): Promise<PackageModel> {
  const e = await testEngine();
  const eco = ecosystem ?? ('package.json' in files ? 'npm' : 'pypi');
  const kind = eco === 'npm' ? 'npm-tarball' : Object.keys(files).some((p) => /\.dist-info\//.test(p)) ? 'wheel' : 'sdist';
  return buildPackageModel(contentsFromFiles(files), eco, kind, e.analyzers);
}
