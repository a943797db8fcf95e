import { expect } from 'vitest';
import type { DeclaredDependency, ManifestResult } from '../../../src/model/dependencies.js';
import { CustomsError } from '../../../src/runtime/errors.js';

/** The one dependency called `name` (at `version` when given); fails the test when there is not exactly one. */
export function dep(result: ManifestResult, name: string, version?: string): DeclaredDependency {
  const found = result.dependencies.filter((d) => d.name === name && (version === undefined || d.version === version));
  expect(found, `${name}${version ? `@${version}` : ''} in ${result.file}`).toHaveLength(1);
  return found[0]!;
}

/** 1-based line of the first line containing `needle`, to cross-check literal line numbers. */
export function lineOf(text: string, needle: string): number {
  const i = text.split('\n').findIndex((l) => l.includes(needle));
  expect(i, needle).toBeGreaterThanOrEqual(0);
  return i + 1;
}

/** Runs `fn` and returns the user error it throws. */
export function userErrorOf(fn: () => unknown): CustomsError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(CustomsError);
    expect((err as CustomsError).kind).toBe('user');
    return err as CustomsError;
  }
  throw new Error('expected a user error, got none');
}
