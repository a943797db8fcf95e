import type { AnyNode, CallExpression, NewExpression, Node } from 'acorn';
import { MAIN_SCOPE, MODULE_SCOPE, type DecodedPayload, type FileFacts } from '../../model/facts.js';
import { Env, isReadName, type Binding } from './bindings.js';
import type { LineIndex } from './positions.js';
import { FactSink } from './sink.js';
import { calledNames } from './called-names.js';

/** Budget shared by a file and the payloads decoded from it. */
export interface SharedBudget {
  /**
   * Walk steps left for the file and its payloads. A count, not a clock, so a verdict never depends on how
   * busy the machine is; the wall-clock deadline below is only a safety net against a pathological hang.
   */
  steps: number;
  /** performance.now() after which analysis stops regardless (a hang, not a size). */
  deadline: number;
  /** Bytes decoded so far (base64, hex, zlib), against MAX_DECODED_TOTAL. */
  decodedBytes: number;
}

export const MAX_DECODED_TOTAL = 1024 * 1024;
/**
 * Recursion limit of the walk. Each level costs a few stack frames; Node's default stack holds about
 * 10,000 small frames, and acorn's own parser gives up (with a SyntaxError) around 1,000-2,000 levels of
 * most constructs. Member and call chains parse to any depth; beyond this the subtree is skipped.
 */
export const MAX_DEPTH = 1000;
const MAX_REFS = 32;
const MAX_REF_STACK = 4096;
const MAX_EDGES = 256;
const TEXT_CHARS = 200;

export interface AnalysisSetup {
  file: string;
  source: string;
  lines: LineIndex;
  budget: SharedBudget;
  /** How many more levels of decoded payloads may be analysed as code. */
  decodeLevelsLeft: number;
  /** Analyses decoded text as JavaScript (from this walk depth on); undefined when it does not parse strictly. */
  nested: (text: string, depth: number) => FileFacts | undefined;
  /** Walk depth already used by the enclosing analysis (decoded payloads share its stack). */
  startDepth?: number;
  /** The parsed program, for questions about the whole file (calledNames). */
  program?: AnyNode;
}

/** The state of one walk over one file: where we are, what names mean, and what was found. */
export class Analysis {
  readonly facts = new FactSink();
  readonly source: string;
  readonly lines: LineIndex;
  readonly budget: SharedBudget;
  readonly setup: AnalysisSetup;
  env = new Env();
  scope: string = MODULE_SCOPE;
  /** Local functions the current named scope calls or passes on (its FunctionFact.calls); undefined at module level. */
  edges: string[] | undefined;
  /** What `this` is: the class or object of the current method. */
  thisBinding: Binding | undefined;
  /**
   * Resolved names referenced by the values being walked (call arguments, initialisers), as one stack:
   * a value's refs are what was pushed since it began, which includes the refs of the values inside it.
   */
  private readonly refStack: string[] = [];
  /** Whether a value is being walked; false inside function bodies (their refs are not the value's). */
  collecting = false;
  /**
   * Inside an anonymous function handed to a call (not an IIFE, not a named function): the object it returns is
   * made for its caller, whose methods run when that caller calls them (see walk.ts, ReturnStatement).
   */
  inCallback = false;
  /** Qualified names of local functions and methods seen so far (call edges are filtered by it at the end). */
  readonly localFunctions = new Set<string>();
  /** Decoded payloads by text (the first record) and by line and text (records at eval-like sinks). */
  readonly payloads = new Map<string, DecodedPayload>();
  /** Facts of decoded texts (null: not JavaScript), so that a text reached twice is analysed once. */
  readonly payloadFacts = new Map<string, FileFacts | null>();
  readonly obfuscatedNames = new Set<string>();
  private called: Set<string> | undefined;
  largestStringArray = 0;
  /**
   * Functions and modules stored as properties of the global object (`global['r'] = require`), by resolved
   * name (`global.r`): later `global['r']('os')`, `globalThis.r(…)` and a bare `r(…)` are that binding.
   */
  readonly globalAliases = new Map<string, Binding>();
  /** Work done by constant folding, against a per-file cap. */
  foldWork = 0;
  /** Current nesting of fold/resolve calls, against MAX_FOLD_DEPTH (fold.ts). */
  foldDepth = 0;
  /** Scratch of members.ts: the longest named prefix of the member chain being resolved. */
  chainNamed: Binding | undefined;
  overBudget = false;
  tooDeep = false;
  /** Current walk depth, against MAX_DEPTH. */
  depth: number;
  private nodes = 0;
  /** Set by the walker (walk.ts) so that the handlers in other files can recurse without import cycles. */
  walk: (node: Node | null | undefined) => void = () => undefined;
  /** Set by the walker: records a call and returns what it evaluates to (a module, an instance). */
  call: (node: CallExpression | NewExpression) => Binding | undefined = () => undefined;

  constructor(setup: AnalysisSetup) {
    this.setup = setup;
    this.source = setup.source;
    this.lines = setup.lines;
    this.budget = setup.budget;
    this.depth = setup.startDepth ?? 0;
  }

  /** Whether `name` is called as a plain identifier anywhere in the file (computed on first use). */
  isCalledName(name: string): boolean {
    if (!this.setup.program) return false;
    this.called ??= calledNames(this.setup.program);
    return this.called.has(name);
  }

  /** Enters one level of the walk; false when the subtree must be skipped (step budget, safety deadline or depth). */
  enter(): boolean {
    if (this.overBudget) return false;
    if (--this.budget.steps < 0 || ((++this.nodes & 1023) === 0 && performance.now() > this.budget.deadline)) {
      this.overBudget = true;
      return false;
    }
    if (this.depth >= MAX_DEPTH) {
      this.tooDeep = true;
      return false;
    }
    this.depth++;
    return true;
  }

  leave(): void {
    this.depth--;
  }

  line(node: Node): number {
    return this.lines.line(node.start);
  }

  column(node: Node, line?: number): number {
    return this.lines.column(node.start, line);
  }

  /** Source text of a node, at most 200 characters. */
  text(node: Node): string {
    return this.source.slice(node.start, Math.min(node.end, node.start + TEXT_CHARS));
  }

  /** `name` qualified by the current named scope: `outer.inner`, `Class.method`. */
  qualify(name: string): string {
    return this.scope === MODULE_SCOPE || this.scope === MAIN_SCOPE ? name : `${this.scope}.${name}`;
  }

  addRef(name: string): void {
    if (this.collecting && this.refStack.length < MAX_REF_STACK) this.refStack.push(name);
  }

  /** Starts collecting the refs of a value; returns the mark to pass to endRefs. */
  beginRefs(): number {
    return this.refStack.length;
  }

  /** The refs pushed since `mark`, deduplicated, at most MAX_REFS; the stack is trimmed when no value encloses this one. */
  endRefs(mark: number, outer: boolean): string[] | undefined {
    const stack = this.refStack;
    if (stack.length === mark) return undefined;
    const refs: string[] = [];
    for (let i = mark; i < stack.length && refs.length < MAX_REFS; i++) {
      const r = stack[i] as string;
      if (!refs.includes(r)) refs.push(r);
    }
    if (!outer) stack.length = mark;
    return refs;
  }

  /** Records that the current named scope calls (or hands on) the local function `local.<name>`. */
  addEdge(localName: string): void {
    const e = this.edges;
    if (!e || e.length >= MAX_EDGES) return;
    const name = localName.slice(6);
    if (!e.includes(name)) e.push(name);
  }

  /** A resolved name was used: a read when it matters on its own, and a ref of the value being walked. */
  use(b: Binding, node: Node, isMember: boolean): void {
    const name = b.name;
    if (name === undefined) {
      if (b.refs) for (const r of b.refs) this.addRef(r);
      if (b.stored) for (const r of b.stored) this.addRef(r);
      return;
    }
    if (name.startsWith('local.')) this.addEdge(name);
    else if (isReadName(b) && (isMember || !b.fromModule)) {
      const line = this.line(node);
      this.facts.addRead(name, line, this.scope);
      // The read of one variable is also a read of the environment; as a ref it stays precise, so that
      // `process.env.HTTPS_PROXY` flowing somewhere is not mistaken for the whole environment.
      if (name.startsWith('process.env.')) this.facts.addRead('process.env', line, this.scope);
    }
    this.addRef(name);
    if (b.refs) for (const r of b.refs) this.addRef(r);
  }
}
