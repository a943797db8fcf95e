import { describe, expect, it } from 'vitest';
import { parseNpmManifest } from '../../../src/manifests/npm/index.js';
import { CustomsError } from '../../../src/runtime/errors.js';

const kindOf = (file: string, text: string): string => {
  try {
    parseNpmManifest(file, text);
    return 'ok';
  } catch (err) {
    return err instanceof CustomsError ? `${err.kind}: ${err.message.slice(0, 80)}` : `crash: ${String(err).slice(0, 80)}`;
  }
};

describe('deeply nested input', () => {
  const D = 50_000;
  it.each([
    ['package.json', `{"x": ${'['.repeat(D)}${']'.repeat(D)}}`],
    ['bun.lock', `{"x": ${'['.repeat(D)}${']'.repeat(D)}}`],
    ['package-lock.json', `{"x": ${'['.repeat(D)}${']'.repeat(D)}}`],
    ['package-lock.json', `{"lockfileVersion": 1, "dependencies": ${'{"a": {"dependencies": '.repeat(1000)}{}${'}}'.repeat(1000)}}`],
    ['pnpm-lock.yaml', `a: ${'['.repeat(D)}${']'.repeat(D)}\n`],
    ['yarn.lock', `a: ${'['.repeat(D)}${']'.repeat(D)}\n`],
  ])('%s is parsed or refused as a user error, never a crash', (file, text) => {
    const k = kindOf(file, text);
    expect(k.startsWith('ok') || k.startsWith('user:'), k).toBe(true);
  });
});
