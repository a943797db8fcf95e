import type { Node } from 'acorn';
import type { DecodedPayload } from '../../model/facts.js';
import type { Analysis } from './context.js';
import { base64Bytes, bytesAsText, hexBytes, isMostlyPrintable, ZLIB_MAGIC } from './decoding.js';
import { FACT_LIMITS } from './sink.js';

/**
 * Decoded payloads: what folding decoded (base64, hex, char codes, reversal, URI escapes), what long
 * encoded literals hold, and whatever code reaches eval/Function/vm. Text that parses as JavaScript is
 * analysed again, to a bounded depth.
 */
const MIN_ENCODED = 40;
const MAX_PEEL = 3;
const B64_PREFIX = /^[A-Za-z0-9+/_\-\r\n]+={0,2}$/;
const HEX_PREFIX = /^[0-9a-fA-F]+$/;

/** Enough of what code looks like to be worth a parse. */
function looksLikeCode(text: string): boolean {
  if (text.length < 8 || !/[;(){}=]/.test(text)) return false;
  const head = text.length > 20_000 ? text.slice(0, 20_000) : text;
  return /=>|\b(?:require|function|eval|exec|spawn|import|process|const|let|var|return|new|fetch)\b/.test(head);
}

/**
 * Records a decoded payload where it is first decoded (a variable holding it carries it on silently);
 * `dormant`: decoded by the analysis from a literal, not by the code (DecodedPayload.dormant).
 * `force` (the text reaches eval, Function, vm): recorded even without a decoding step, also at the
 * sink's line, and analysed as code whenever it parses. A text met again is analysed once.
 */
export function recordDecoded(a: Analysis, node: Node, text: string, steps: readonly string[], force: boolean, line = a.line(node), dormant = false): void {
  if (text.length === 0 || !isMostlyPrintable(text)) return;
  // A decoded character or two (`String.fromCharCode(0xff)`) is data handling, not a hidden payload.
  if (!force && (steps.length === 0 || text.trim().length < 4)) return;
  const textKey = `${steps.join('>')}:${text.length}:${text.slice(0, 256)}`;
  const first = a.payloads.get(textKey);
  // A literal met again where the code decodes it is recorded there too: that is where its code runs.
  if (first && !force && (dormant || !first.dormant)) return;
  const key = `${line}:${textKey}`;
  const seen = first?.line === line ? first : a.payloads.get(key);
  if (seen) {
    if (force && !seen.facts) attachFacts(a, seen, text, textKey);
    return;
  }
  const payload: DecodedPayload = { line, scope: a.scope, steps: [...steps], text: text.slice(0, FACT_LIMITS.textChars), ...(dormant ? { dormant } : {}) };
  if (force || looksLikeCode(text)) attachFacts(a, payload, text, textKey);
  if (!a.facts.addDecoded(payload)) return;
  if (!first) a.payloads.set(textKey, payload);
  a.payloads.set(key, payload);
  a.facts.addString(text, line, a.scope);
}

function attachFacts(a: Analysis, payload: DecodedPayload, text: string, textKey: string): void {
  const cached = a.payloadFacts.get(textKey);
  if (cached !== undefined) {
    if (cached) payload.facts = cached;
    return;
  }
  if (a.setup.decodeLevelsLeft <= 0 || a.overBudget) return;
  const facts = a.setup.nested(text, a.depth);
  a.payloadFacts.set(textKey, facts ?? null);
  if (facts) payload.facts = facts;
}

/** A long literal that is base64 or hex of text (possibly zlib-compressed, possibly in layers). */
export function checkEncodedLiteral(a: Analysis, node: Node, value: string): void {
  if (value.length < MIN_ENCODED) return;
  const decoded = decodeLayer(a, value);
  if (!decoded) return;
  const steps = [decoded.step, ...decoded.more];
  let text = decoded.text;
  for (let i = 0; i < MAX_PEEL; i++) {
    const inner = decodeLayer(a, text.trim());
    if (!inner) break;
    steps.push(inner.step, ...inner.more);
    text = inner.text;
  }
  recordDecoded(a, node, text, steps, false, a.line(node), true);
}

/**
 * One layer of base64 or hex, when the whole value is in the alphabet and decodes to text. The first
 * 64 characters are decoded first, so the common case (binary data, ordinary long strings) costs little.
 */
function decodeLayer(a: Analysis, value: string): { text: string; step: string; more: string[] } | undefined {
  if (value.length < 16) return undefined;
  const prefix = value.slice(0, 64);
  let step: 'hex' | 'base64';
  if (HEX_PREFIX.test(prefix) && value.length % 2 === 0) step = 'hex';
  else if (B64_PREFIX.test(prefix)) step = 'base64';
  else return undefined;
  const clean = step === 'hex' ? prefix : prefix.replace(/[^A-Za-z0-9+/_-]/g, '');
  const sample = step === 'hex' ? Buffer.from(clean, 'hex') : Buffer.from(clean.slice(0, clean.length - (clean.length % 4)), 'base64');
  if (!ZLIB_MAGIC(sample) && !isMostlyPrintable(sample.toString('utf8'))) return undefined;
  if (step === 'hex' ? !HEX_PREFIX.test(value) : !B64_PREFIX.test(value)) return undefined;
  const bytes = step === 'hex' ? hexBytes(a.budget, value) : base64Bytes(a.budget, value);
  if (!bytes) return undefined;
  const more: string[] = [];
  const text = bytesAsText(a.budget, bytes, more);
  return text === undefined ? undefined : { text, step, more };
}
