import type { DecodedPayload, FileFacts } from '../../model/index.js';
import { bytesToText, decodeBase64, decodeHex, decompress } from '../shared/decode.js';
import type { Budget } from './context.js';

const MAX_TEXT = 4000;
const MAX_PAYLOADS = 500;

/** Analyses decoded text as Python one level deeper; undefined when the depth or budget is spent. */
export type NestedAnalysis = (text: string) => FileFacts | undefined;

/**
 * Decoded payloads of one file. The same text decoded at several lines (assigned, then passed to
 * `exec`) is recorded at each line, so detectors find it where it runs, but analysed as code once.
 */
export class Payloads {
  readonly decoded: DecodedPayload[] = [];
  private readonly analysed = new Set<string>();
  private readonly recorded = new Set<string>();

  constructor(
    private readonly budget: Budget,
    private readonly nested: NestedAnalysis | undefined,
  ) {}

  record(line: number, scope: string, text: string, steps: string[], asCode: boolean): void {
    if (this.decoded.length >= MAX_PAYLOADS || text.length === 0) return;
    const key = `${text.length}:${text.slice(0, MAX_TEXT)}`;
    if (this.recorded.has(`${line}\u0000${key}`)) return;
    this.recorded.add(`${line}\u0000${key}`);
    const payload: DecodedPayload = { line, scope, steps, text: text.slice(0, MAX_TEXT) };
    if (!this.analysed.has(key) && this.budget.decodedBytes > 0 && this.nested && (asCode || looksLikeCode(text))) {
      this.analysed.add(key);
      this.budget.decodedBytes -= text.length;
      const facts = this.nested(text);
      if (facts && (!facts.partial || facts.calls.length > 0 || facts.imports.length > 0)) payload.facts = facts;
    }
    this.decoded.push(payload);
  }
}

const CODE_HINT =
  /\b(?:import\s+[\w.]+|from\s+[\w.]+\s+import|def\s+\w+\s*\(|class\s+\w+|exec|eval|lambda|print|return)\b|^\s*[\w.]+\s*\([^)]*\)\s*$|[\w.]+\s*=\s*[\w.]+\s*\(/m;

export function looksLikeCode(text: string): boolean {
  return CODE_HINT.test(text.length > 20_000 ? text.slice(0, 20_000) : text);
}

/** Text that is still encoded (an intermediate decoding step, not worth showing on its own). */
export function looksEncoded(text: string): boolean {
  return text.length >= 16 && !/\s/.test(text.trim()) && /^[A-Za-z0-9+/=_-]+$/.test(text.trim());
}

/** At least 85% printable ASCII (tabs and line breaks included) in the first 4 KiB. */
export function mostlyAscii(text: string): boolean {
  const sample = text.slice(0, 4096);
  let ok = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c >= 32 && c < 127) || c === 9 || c === 10 || c === 13) ok++;
  }
  return sample.length > 0 && ok / sample.length >= 0.85;
}

function decodedText(bytes: Uint8Array | undefined, steps: string[]): { text: string; steps: string[] } | undefined {
  if (!bytes) return undefined;
  const direct = bytesToText(bytes);
  if (direct !== undefined && mostlyAscii(direct)) return { text: direct, steps };
  const inflated = decompress(bytes);
  const text = inflated ? bytesToText(inflated) : undefined;
  return text !== undefined && mostlyAscii(text) ? { text, steps: [...steps, 'zlib'] } : undefined;
}

/** A string literal that is itself base64 or hex (optionally of zlib data) of readable text. */
export function literalPayload(value: string): { text: string; steps: string[] } | undefined {
  if (value.length < 40 || / /.test(value.trim())) return undefined;
  if (/^[0-9a-fA-F\s]+$/.test(value)) return decodedText(decodeHex(value), ['hex']);
  if (!/^[A-Za-z0-9+/=_\-\s]+$/.test(value) || !/[0-9+/=_-]/.test(value)) return undefined;
  return decodedText(decodeBase64(value), ['base64']);
}

/** What `marshal.loads` would see: the printable strings of the code object (names, constants). */
export function marshalStrings(latin1: string): string {
  return (latin1.match(/[\x20-\x7e]{4,}/g) ?? []).join('\n').slice(0, MAX_TEXT);
}
