import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * A module shaped like the SDKs' generated `models.py` (cloud SDKs, protobuf `_pb2`): one class per API
 * message with an `__init__`, `to_map` and `from_map`, thousands of lines of assignments and calls. Benign
 * packages ship such files of several megabytes, and the analyser must read them within the eval and scan
 * workers' heap caps (a worker that runs out is retried alone with a 1 GiB heap: the process's peak).
 */
function generatedModels(classes: number): string {
  const lines = ['# -*- coding: utf-8 -*-', '# This file is auto-generated, do not edit it.', 'from Tea.model import TeaModel', 'from typing import Dict, List', ''];
  const fields = ['choice', 'event_id', 'owner_account', 'owner_id', 'region_id', 'resource_owner_account', 'resource_owner_id', 'page_size'];
  const camel = (f: string): string => f.split('_').map((p) => p[0]!.toUpperCase() + p.slice(1)).join('');
  for (let c = 0; c < classes; c++) {
    const name = `DescribeResource${c}Request`;
    lines.push('', `class ${name}(TeaModel):`, '    def __init__(', '        self,');
    for (const f of fields) lines.push(`        ${f}: str = None,`);
    lines.push('    ):');
    for (const f of fields) lines.push(`        # The ${f.replace(/_/g, ' ')} of the request.`, `        self.${f} = ${f}`);
    lines.push('', '    def validate(self):', `        self.validate_required(self.region_id, 'region_id')`, '');
    lines.push('    def to_map(self):', '        _map = super().to_map()', '        if _map is not None:', '            return _map', '        result = dict()');
    for (const f of fields) lines.push(`        if self.${f} is not None:`, `            result['${camel(f)}'] = self.${f}`);
    lines.push('        return result', '', '    def from_map(self, m: dict = None):', '        m = m or dict()');
    for (const f of fields) lines.push(`        if m.get('${camel(f)}') is not None:`, `            self.${f} = m.get('${camel(f)}')`);
    lines.push(`        if m.get('Body') is not None:`, `            temp_model = ${name}Body()`, `            self.body = temp_model.from_map(m['Body'])`, '        return self');
  }
  return lines.join('\n') + '\n';
}

const WORKER = `
import { parentPort, workerData } from 'node:worker_threads';
import { createPythonAnalyzer } from './src/detectors/python/parser.ts';
import { loadTreeSitterWasm } from './src/runtime/wasm.ts';
const analyzer = await createPythonAnalyzer(loadTreeSitterWasm());
const facts = analyzer.analyze('pkg/models.py', workerData.source, { maxMillis: 120000 });
parentPort.postMessage({ calls: facts.calls.length, partial: facts.partial ?? false, error: facts.parseError });
`;

let dir: string;
let script: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'customs-heap-'));
  script = join(dir, 'analyze.mjs');
  await build({
    stdin: { contents: WORKER, resolveDir: process.cwd(), sourcefile: 'analyze.ts', loader: 'ts' },
    outfile: script,
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'warning',
    preserveSymlinks: true,
  });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function analyzeCapped(source: string, heapMb: number): Promise<{ calls: number; partial: boolean; error?: string }> {
  return new Promise((resolve, reject) => {
    const w = new Worker(script, { workerData: { source }, resourceLimits: { maxOldGenerationSizeMb: heapMb } });
    w.once('message', (m: { calls: number; partial: boolean; error?: string }) => {
      resolve(m);
      void w.terminate();
    });
    w.once('error', reject);
  });
}

describe('python analyser: heap', () => {
  it('reads a 1.2 MB generated module (31,000 lines) within a 40 MiB heap', async () => {
    const source = generatedModels(400);
    expect(source.length).toBeGreaterThan(1_000_000);
    // It needs about 28 MiB now. Before the wrappers dropped the library's node objects and calls their
    // argument views, it ran out of memory below 64 MiB (a 4 MB module needed 140 MiB).
    const r = await analyzeCapped(source, 40);
    expect(r).toEqual({ calls: 400 * 24, partial: false });
  }, 60_000);
});
