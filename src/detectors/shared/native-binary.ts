const BINARY_EXT = /\.(node|so|dll|dylib|exe|bin|elf)$|\.so\.\d/i;

/** Whether bytes start like an executable or native library: ELF, PE (MZ), Mach-O (thin or fat). */
export function isBinaryExecutable(path: string, head: Uint8Array): boolean {
  const b = (i: number): number => head[i] ?? -1;
  if (b(0) === 0x7f && b(1) === 0x45 && b(2) === 0x4c && b(3) === 0x46) return true; // \x7fELF
  if (b(0) === 0x4d && b(1) === 0x5a) return true; // MZ: Windows PE
  const magic = ((b(0) << 24) | (b(1) << 16) | (b(2) << 8) | b(3)) >>> 0;
  // Mach-O 32/64 in both byte orders; 0xcafebabe is also a Java class file, so it needs a native extension.
  if ([0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe].includes(magic)) return true;
  if (magic === 0xcafebabe) return BINARY_EXT.test(path);
  return false;
}
