/** Source bytes as an interpreter reads them: what CPython refuses to compile is not analysed as code. */
import { describe, expect, it } from 'vitest';
import { decodeSource, pythonRefuses } from '../../src/detectors/text.js';
import { modelOf } from '../support/engine.js';

const refuses = (bytes: Uint8Array): boolean => pythonRefuses(bytes, decodeSource(bytes));
const latin1 = (s: string): Uint8Array => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));

describe('pythonRefuses', () => {
  it('accepts UTF-8, and other bytes under a coding declaration naming another encoding', () => {
    expect(refuses(new TextEncoder().encode("name = 'Zoë'  # \uFFFD written as text\n"))).toBe(false);
    expect(refuses(latin1("# -*- coding: latin-1 -*-\nname = 'Zo\xeb'\n"))).toBe(false);
    expect(refuses(latin1("#!/usr/bin/env python\n# vim: set fileencoding=iso-8859-15 :\nx = '\xa4'\n"))).toBe(false);
  });

  it('refuses bytes that are not UTF-8 without a declaration, or under a UTF-8 one', () => {
    expect(refuses(latin1("name = 'Zo\xeb'\n"))).toBe(true);
    expect(refuses(latin1("# coding: utf-8\nname = 'Zo\xeb'\n"))).toBe(true);
    expect(refuses(Uint8Array.from([0x9c, 0xfe, 0x41, 0xc3, 0x28, 0x0a, 0xff]))).toBe(true);
  });

  it('leaves such a file out of the analysis, as Python would never run it', async () => {
    const model = await modelOf({
      'setup.py': "from setuptools import setup\nsetup(name='blob', version='1.0', packages=['blob'])\n",
      'blob/__init__.py': 'from . import helpers\n',
      'blob/helpers.py': latin1("import os\nos.system('echo \xeb')\n"),
      'PKG-INFO': 'Metadata-Version: 1.0\nName: blob\nVersion: 1.0\n',
    });
    expect([...model.facts.keys()].sort()).toEqual(['blob/__init__.py', 'setup.py']);
  });
});
