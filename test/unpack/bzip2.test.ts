import { describe, expect, it } from 'vitest';
import { unpackArtifact } from '../../src/unpack/index.js';

/**
 * bzip2 has no compressor in node or in the dependencies, so this sdist was made once with Python
 * (`tarfile` USTAR + `bz2.compress`): demo-1.0/setup.py = "print('setup')\n",
 * demo-1.0/demo/__init__.py = "VALUE = 1\n". Harmless; hostile layouts are covered through gzip and
 * plain tar, which share the tar reader.
 */
const SDIST_TAR_BZ2 = Buffer.from(
  'QlpoOTFBWSZTWWZwpI4AAJl/gcqQBABA4/+CIoSDAOYj3iAAAQgIIACSCUpG0T1NMQNqDRieUNND2oJJFHqPUyBiek0NAGjIH74a' +
    'RzDZGABsSSEUVXmwiFcs5MREIYCiT1t3Xy914GU7QfMWDAt5OOBHLo8RGFpDg1LsbpBxeOaTslbCEz5ILxd50MNIvpnxIk74/k/k' +
    'UUquFPD6pjW2koNwo04CIGYu5IpwoSDM4Ukc',
  'base64',
);

/** Made the same way: a tar holding bomb-1.0/zeros.bin, 64 MiB of zeros, in 155 bytes. */
const BOMB_TAR_BZ2 = Buffer.from(
  'QlpoOTFBWSZTWSdpajIFfjndgMyAQAPlAAABciOeEAAIIAByG1UaaMgA0ZlBFJNGSaeSGEZNsztRAFVRMAVAFVRLc3pWM60FQBVU' +
    'SAj5r9naB1ykJ7kaQUiZ6wlOL3RLVn0+7NfSzRejvwkCSQACF+YoKyTKayiJF/IgCifIABgAAAEEAAYQCajIClS1IClS4u5IpwoS' +
    'AVNNfqA=',
  'base64',
);

describe('tar.bz2', () => {
  it('reads a bzip2 sdist and strips its folder', async () => {
    const contents = await unpackArtifact(SDIST_TAR_BZ2, 'demo-1.0.tar.bz2');
    expect(contents.error).toBeUndefined();
    expect(contents.format).toBe('tar.bz2');
    expect(contents.root).toBe('demo-1.0/');
    expect(contents.files.map((f) => [f.path, Buffer.from(f.data).toString()])).toEqual([
      ['setup.py', "print('setup')\n"],
      ['demo/__init__.py', 'VALUE = 1\n'],
    ]);
  });

  it('reads two concatenated bzip2 streams as one (multistream)', async () => {
    const twice = Buffer.concat([SDIST_TAR_BZ2, SDIST_TAR_BZ2]);
    const contents = await unpackArtifact(twice, 'demo-1.0.tar.bz2');
    expect(contents.error).toBeUndefined();
    expect(contents.files.map((f) => f.path)).toEqual(['setup.py', 'demo/__init__.py']);
  });

  it('stops a bzip2 bomb at the ratio limit', async () => {
    expect(BOMB_TAR_BZ2.length).toBe(155);
    const contents = await unpackArtifact(BOMB_TAR_BZ2, 'bomb-1.0.tar.bz2', { maxFileBytes: 128 * 1024 * 1024 });
    expect(contents.files).toEqual([]);
    expect(contents.skipped).toEqual([
      {
        archivePath: 'bomb-1.0/zeros.bin',
        reason: 'compression-ratio',
        detail: 'decompressed data exceeds 200x the archive size (compression bomb)',
      },
    ]);
    expect(contents.error).toMatch(/^bomb-1\.0\.tar\.bz2: decompressed data exceeds 200x/);
  });

  it('reports truncated bzip2 data without throwing', async () => {
    const contents = await unpackArtifact(SDIST_TAR_BZ2.subarray(0, 100), 'demo-1.0.tar.bz2');
    expect(contents.format).toBe('tar.bz2');
    expect(contents.files).toEqual([]);
    expect(contents.error).toBe('demo-1.0.tar.bz2: corrupt or truncated bzip2 data (unexpected end of data)');
  });

  it('reports corrupt bzip2 data without throwing', async () => {
    const corrupt = Buffer.from(SDIST_TAR_BZ2);
    corrupt.fill(0x55, 40, 60);
    const contents = await unpackArtifact(corrupt, 'demo-1.0.tar.bz2');
    expect(contents.files).toEqual([]);
    expect(contents.error).toMatch(/^demo-1\.0\.tar\.bz2: corrupt or truncated bzip2 data \(/);
  });
});
