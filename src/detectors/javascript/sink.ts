import type {
  CallFact,
  ClassFact,
  DecodedPayload,
  FunctionFact,
  ImportFact,
  ReadFact,
  StringFact,
} from '../../model/facts.js';

/**
 * Caps on what one file may contribute. A minified bundle holds hundreds of thousands of literals and
 * calls; beyond these counts more facts add memory, not evidence.
 */
export const FACT_LIMITS = {
  calls: 25_000,
  reads: 25_000,
  imports: 5_000,
  strings: 25_000,
  /** Total characters over all recorded strings. */
  stringChars: 2 * 1024 * 1024,
  /** Each string and decoded text is cut to this many characters. */
  textChars: 4_000,
  functions: 10_000,
  classes: 2_000,
  decoded: 500,
} as const;

/** Collects facts for one file, deduplicating and enforcing FACT_LIMITS. */
export class FactSink {
  readonly imports: ImportFact[] = [];
  readonly calls: CallFact[] = [];
  readonly reads: ReadFact[] = [];
  readonly strings: StringFact[] = [];
  readonly functions: FunctionFact[] = [];
  readonly classes: ClassFact[] = [];
  readonly decoded: DecodedPayload[] = [];
  /** Set when a cap dropped facts. */
  truncated = false;

  /** Last line each name was read on (the walk runs in source order, so this dedupes per line). */
  private readonly readLines = new Map<string, number>();
  /** Values recorded on `stringLine` (the walk is in source order, so older lines need no memory). */
  private stringSeen = new Set<string>();
  private stringLine = 0;
  private stringChars = 0;

  addImport(fact: ImportFact): void {
    if (this.imports.length < FACT_LIMITS.imports) this.imports.push(fact);
    else this.truncated = true;
  }

  addCall(fact: CallFact): void {
    if (this.calls.length < FACT_LIMITS.calls) this.calls.push(fact);
    else this.truncated = true;
  }

  /** One read per name and line. */
  addRead(name: string, line: number, scope: string): void {
    if (this.readLines.get(name) === line) return;
    if (this.reads.length >= FACT_LIMITS.reads) {
      this.truncated = true;
      return;
    }
    this.readLines.set(name, line);
    this.reads.push({ name, line, scope });
  }

  /** Repeats of a value on the same line are recorded once. */
  addString(value: string, line: number, scope: string): void {
    if (line !== this.stringLine) {
      this.stringLine = line;
      if (this.stringSeen.size > 0) this.stringSeen = new Set();
    } else if (this.stringSeen.has(value)) return;
    if (this.strings.length >= FACT_LIMITS.strings || this.stringChars >= FACT_LIMITS.stringChars) {
      this.truncated = true;
      return;
    }
    const capped = value.length > FACT_LIMITS.textChars ? value.slice(0, FACT_LIMITS.textChars) : value;
    this.stringSeen.add(value);
    this.stringChars += capped.length;
    this.strings.push({ value: capped, line, scope });
  }

  addFunction(fact: FunctionFact): boolean {
    if (this.functions.length >= FACT_LIMITS.functions) {
      this.truncated = true;
      return false;
    }
    this.functions.push(fact);
    return true;
  }

  addClass(fact: ClassFact): void {
    if (this.classes.length < FACT_LIMITS.classes) this.classes.push(fact);
    else this.truncated = true;
  }

  addDecoded(payload: DecodedPayload): boolean {
    if (this.decoded.length >= FACT_LIMITS.decoded) {
      this.truncated = true;
      return false;
    }
    this.decoded.push(payload);
    return true;
  }
}
