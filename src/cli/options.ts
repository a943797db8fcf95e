import { readFileSync } from 'node:fs';
import { parsePolicy } from '../policy/load.js';
import { DEFAULT_POLICY } from '../policy/schema.js';
import type { Policy } from '../policy/types.js';
import { userError } from '../runtime/errors.js';

export type Format = 'text' | 'json' | 'sarif' | 'markdown';

export function parseFormat(value: string | undefined, allowed: readonly Format[]): Format {
  const f = (value ?? 'text') as Format;
  if (!allowed.includes(f)) throw userError(`--format must be one of ${allowed.join(', ')} (got ${value})`);
  return f;
}

export function loadPolicyFile(path: string | undefined): Policy {
  if (!path) return { ...DEFAULT_POLICY };
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw userError(`${path}: cannot read the policy file`);
  }
  return parsePolicy(text, path);
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
