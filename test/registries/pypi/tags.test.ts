import { describe, expect, it } from 'vitest';
import { normalizeName, parseDistFilename } from '../../../src/registries/pypi/filenames.js';
import { chooseFiles, type Candidate } from '../../../src/registries/pypi/select.js';
import { DEFAULT_TARGETS, wheelScore, type WheelTarget } from '../../../src/registries/pypi/tags.js';

function candidates(project: string, filenames: string[]): Candidate[] {
  return filenames.map((filename) => {
    const dist = parseDistFilename(filename, project);
    if (!dist) throw new Error(`unparsed ${filename}`);
    return { file: { filename, url: `https://files.example/${filename}`, hashes: {}, yanked: false }, dist };
  });
}

const chosen = (project: string, files: string[], targets: WheelTarget[] = DEFAULT_TARGETS): string[] =>
  chooseFiles(candidates(project, files), targets).map((c) => c.file.filename).sort();

const glibc = (minor: number, python: [number, number] = [3, 12]): WheelTarget => ({ python, os: 'linux', arch: 'x86_64', libc: { kind: 'glibc', version: [2, minor] } });
const musl: WheelTarget = { python: [3, 12], os: 'linux', arch: 'x86_64', libc: { kind: 'musl', version: [1, 2] } };
const macArm: WheelTarget = { python: [3, 12], os: 'macos', arch: 'arm64', macos: [14, 0] };
const win: WheelTarget = { python: [3, 12], os: 'windows', arch: 'x86_64' };

const NUMPY = [
  'numpy-2.0.0.tar.gz',
  'numpy-2.0.0-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl',
  'numpy-2.0.0-cp312-cp312-musllinux_1_1_x86_64.whl',
  'numpy-2.0.0-cp312-cp312-macosx_14_0_arm64.whl',
  'numpy-2.0.0-cp312-cp312-win_amd64.whl',
  'numpy-2.0.0-cp311-cp311-manylinux_2_17_x86_64.manylinux2014_x86_64.whl',
  'numpy-2.0.0-cp312-cp312-manylinux_2_17_aarch64.manylinux2014_aarch64.whl',
];

describe('file names', () => {
  it('normalises project names per PEP 503', () => {
    expect(normalizeName('Foo.Bar__baz-QUX')).toBe('foo-bar-baz-qux');
  });

  it('reads versions from sdists (PEP 625 and legacy dashed names) and wheels with build tags', () => {
    expect(parseDistFilename('foo_bar-1.0.tar.gz', 'foo-bar')).toEqual({ type: 'sdist', version: '1.0', extension: '.tar.gz' });
    expect(parseDistFilename('Foo-Bar-2.0rc1.zip', 'foo-bar')).toMatchObject({ type: 'sdist', version: '2.0rc1' });
    expect(parseDistFilename('foo_bar-1.0-1-py3-none-any.whl', 'foo-bar')).toMatchObject({ type: 'wheel', version: '1.0', build: '1' });
    expect(parseDistFilename('other-1.0.tar.gz', 'foo-bar')).toBeUndefined();
    expect(parseDistFilename('foo_bar-1.0-py3.8.egg', 'foo-bar')).toBeUndefined();
    expect(parseDistFilename('foo_bar-notaversion-py3-none-any.whl', 'foo-bar')).toBeUndefined();
  });
});

describe('wheel selection', () => {
  it('picks the sdist and the manylinux wheel for the default Linux/CPython 3.12 target', () => {
    expect(chosen('numpy', NUMPY)).toEqual(['numpy-2.0.0-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl', 'numpy-2.0.0.tar.gz']);
  });

  it('picks one wheel per configured target (musl, macOS arm64, Windows)', () => {
    expect(chosen('numpy', NUMPY, [musl, macArm, win])).toEqual([
      'numpy-2.0.0-cp312-cp312-macosx_14_0_arm64.whl',
      'numpy-2.0.0-cp312-cp312-musllinux_1_1_x86_64.whl',
      'numpy-2.0.0-cp312-cp312-win_amd64.whl',
      'numpy-2.0.0.tar.gz',
    ]);
  });

  it('never gives a musllinux wheel to a glibc target, nor a newer manylinux than the glibc', () => {
    expect(wheelScore([{ python: 'cp312', abi: 'cp312', platform: 'musllinux_1_1_x86_64' }], glibc(39))).toBe(-1);
    expect(wheelScore([{ python: 'cp312', abi: 'cp312', platform: 'manylinux_2_28_x86_64' }], glibc(17))).toBe(-1);
    expect(wheelScore([{ python: 'cp312', abi: 'cp312', platform: 'manylinux_2_28_x86_64' }], glibc(28))).toBeGreaterThan(0);
    expect(wheelScore([{ python: 'cp312', abi: 'cp312', platform: 'manylinux2010_x86_64' }], glibc(12))).toBeGreaterThan(0);
    expect(wheelScore([{ python: 'cp312', abi: 'cp312', platform: 'manylinux1_x86_64' }], glibc(4))).toBe(-1);
  });

  it('prefers the newest manylinux the target supports', () => {
    const files = ['pkg-1.0-cp312-cp312-manylinux_2_17_x86_64.whl', 'pkg-1.0-cp312-cp312-manylinux_2_28_x86_64.whl'];
    expect(chosen('pkg', files, [glibc(39)])).toEqual(['pkg-1.0-cp312-cp312-manylinux_2_28_x86_64.whl']);
    expect(chosen('pkg', files, [glibc(27)])).toEqual(['pkg-1.0-cp312-cp312-manylinux_2_17_x86_64.whl']);
  });

  it('accepts abi3 wheels built for an older CPython and prefers exact ABI wheels over them', () => {
    const abi3 = 'cryptography-42.0.0-cp39-abi3-manylinux_2_28_x86_64.whl';
    expect(chosen('cryptography', [abi3])).toEqual([abi3]);
    expect(chosen('cryptography', [abi3, 'cryptography-42.0.0-cp312-cp312-manylinux_2_28_x86_64.whl'])).toEqual([
      'cryptography-42.0.0-cp312-cp312-manylinux_2_28_x86_64.whl',
    ]);
    // abi3 from a newer CPython than the target does not fit.
    expect(wheelScore([{ python: 'cp313', abi: 'abi3', platform: 'manylinux_2_28_x86_64' }], glibc(39))).toBe(-1);
  });

  it('rejects wheels for another interpreter, ABI or architecture', () => {
    expect(chosen('numpy', NUMPY.filter((f) => !f.includes('cp312-cp312-manylinux')), [glibc(39, [3, 12])])).toEqual(['numpy-2.0.0.tar.gz']);
    expect(wheelScore([{ python: 'pp310', abi: 'pypy310_pp73', platform: 'manylinux_2_17_x86_64' }], glibc(39))).toBe(-1);
    expect(wheelScore([{ python: 'py2', abi: 'none', platform: 'any' }], glibc(39))).toBe(-1);
  });

  it('keeps the pure-Python wheel beside a platform wheel and expands compressed tag sets', () => {
    const files = ['six-1.16.0-py2.py3-none-any.whl', 'six-1.16.0-cp312-cp312-manylinux_2_17_x86_64.whl', 'six-1.16.0.tar.gz'];
    expect(chosen('six', files)).toEqual(files.slice().sort());
    expect(chosen('six', ['six-1.16.0-py2.py3-none-any.whl'])).toEqual(['six-1.16.0-py2.py3-none-any.whl']);
  });

  it('accepts linux_x86_64 wheels but ranks manylinux above them', () => {
    const files = ['p-1.0-cp312-cp312-linux_x86_64.whl', 'p-1.0-cp312-cp312-manylinux_2_17_x86_64.whl'];
    expect(chosen('p', files)).toEqual(['p-1.0-cp312-cp312-manylinux_2_17_x86_64.whl']);
    expect(chosen('p', files.slice(0, 1))).toEqual(files.slice(0, 1));
  });
});
