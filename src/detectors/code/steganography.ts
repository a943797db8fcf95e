import type { Finding } from '../../model/index.js';
import { byScope, eventSnippet, when } from '../shared/snippet.js';
import { finding, type Detector, type RuleMeta } from '../types.js';

const meta: RuleMeta = {
  id: 'code/steganography',
  title: 'Payload hidden in an image',
  vectors: ['install', 'import', 'runtime'],
  severity: 'critical',
  behaviors: ['code-execution'],
  techniques: ['steganography', 'external-payload'],
  summary: 'Reads pixels of an image and executes or runs what it extracts in the same function.',
  docs: `Steganographic loaders keep their payload inside an innocent-looking image (shipped in the package or
downloaded) and rebuild it from pixel values before executing it. The rule needs pixel reading
(\`PIL.Image.open\`, \`getdata\`, \`getpixel\`, \`cv2.imread\`, steganography libraries) and code execution or a
execution in the same scope (showing an image with a viewer is not reported): **critical** at install or import time, **high** otherwise.`,
};

export const steganography: Detector = {
  meta,
  run(pkg) {
    const out: Finding[] = [];
    for (const group of byScope(pkg.events.events).values()) {
      const image = group.find((e) => e.capability === 'image-read');
      const exec = group.find((e) => e.capability === 'code-exec' && !/setTimeout|setInterval/.test(e.callee));
      if (!image || !exec) continue;
      const early = exec.vector === 'install' || exec.vector === 'import';
      out.push(
        finding(meta, {
          severity: early ? 'critical' : 'high',
          vector: exec.vector,
          message: `reads image data (${image.callee}) and runs ${exec.callee} on what it extracts ${when(exec)}`,
          file: exec.file,
          line: exec.line,
          snippet: eventSnippet(pkg, exec),
          evidence: `${image.text}\n${exec.text}`,
        }),
      );
    }
    return out;
  },
};
