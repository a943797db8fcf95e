import { describe, expect, it } from 'vitest';
import { prepareSource } from '../../../src/detectors/python/prepare.js';

describe('python source preparation', () => {
  it('folds styled letters in names, as Python does, and leaves strings and comments as written', () => {
    const source = "𝘦𝘹𝘦𝘤('ＡＢＣ')  # ｃｏｍｍｅｎｔ\n𝘰𝘴.𝘴𝘺𝘴𝘵𝘦𝘮(\"\"\"𝘭𝘴\"\"\")\nx = b'ｂ' + 𝘺\n";
    expect(prepareSource(source)).toBe("exec('ＡＢＣ')  # ｃｏｍｍｅｎｔ\nos.system(\"\"\"𝘭𝘴\"\"\")\nx = b'ｂ' + y\n");
  });

  it('folds f-strings whole: the names inside their braces are code', () => {
    expect(prepareSource("print(f'{𝘰𝘴.name}')\n")).toBe("print(f'{os.name}')\n");
  });

  it('leaves sources without styled letters untouched', () => {
    const source = "import os\nos.system('ls')  # fine\n";
    expect(prepareSource(source)).toBe(source);
  });
});
