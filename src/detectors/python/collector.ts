import type { CallFact, ImportFact, ReadFact, StringFact } from '../../model/index.js';
import type { Budget } from './context.js';
import { Payloads, type NestedAnalysis } from './payloads.js';

const MAX_STRING = 4000;
const MAX_STRINGS = 20_000;
const MAX_STRING_CHARS = 2_000_000;
const MAX_CALLS = 100_000;
const MAX_READS = 50_000;

/** The facts of one file as they are found, with per-file caps and de-duplication. */
export class Collector {
  readonly imports: ImportFact[] = [];
  readonly calls: CallFact[] = [];
  readonly reads: ReadFact[] = [];
  readonly strings: StringFact[] = [];
  readonly payloads: Payloads;
  /** Local functions called directly, by calling scope. */
  readonly edges = new Map<string, Set<string>>();
  private stringChars = 0;
  private readonly seenStrings = new Set<string>();
  private readonly seenReads = new Set<string>();

  constructor(budget: Budget, nested: NestedAnalysis | undefined) {
    this.payloads = new Payloads(budget, nested);
  }

  addString(value: string, line: number, scope: string, docstring = false): void {
    if (value.length < 4 || this.strings.length >= MAX_STRINGS || this.stringChars >= MAX_STRING_CHARS) return;
    const v = value.length > MAX_STRING ? value.slice(0, MAX_STRING) : value;
    const key = `${line}\u0000${v}`;
    if (this.seenStrings.has(key)) return;
    this.seenStrings.add(key);
    this.stringChars += v.length;
    this.strings.push(docstring ? { value: v, line, scope, docstring: true } : { value: v, line, scope });
  }

  addRead(name: string, line: number, scope: string): void {
    if (this.reads.length >= MAX_READS) return;
    const key = `${line}\u0000${name}`;
    if (this.seenReads.has(key)) return;
    this.seenReads.add(key);
    this.reads.push({ name, line, scope });
  }

  addCall(call: CallFact): boolean {
    if (this.calls.length >= MAX_CALLS) return false;
    this.calls.push(call);
    return true;
  }

  addEdge(fromScope: string, to: string): void {
    let set = this.edges.get(fromScope);
    if (!set) {
      set = new Set();
      this.edges.set(fromScope, set);
    }
    set.add(to);
  }
}
