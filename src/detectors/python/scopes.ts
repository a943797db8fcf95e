import { MAIN_SCOPE, MODULE_SCOPE } from '../../model/index.js';
import type { Binding } from './bindings.js';
import { lastStartAtOrBefore, type PyNode } from './syntax.js';

export type ScopeKind = 'module' | 'main' | 'class' | 'function';

/** A function or class definition, or the block under `if __name__ == '__main__':`. */
export interface Span {
  kind: Exclude<ScopeKind, 'module'>;
  name: string;
  start: number;
  end: number;
  /** Offset just after the name in a `def`/`class` header (where its parameter or base list begins). */
  nameEnd?: number;
  node?: PyNode;
}

/**
 * Lexical scopes as facts.ts names them. Functions and classes carry their qualified name
 * (`CustomInstall.run`, `outer.inner`); class bodies and `<main>` run in the enclosing code's scope but
 * keep their own bindings (class) or share the module's (`<main>`).
 */
export class Scope {
  readonly bindings = new Map<string, Binding[]>();
  readonly qname: string;
  readonly label: string;
  /** A function's parameter names, in order (filled in by collectDefinitions). */
  params: readonly string[] = [];

  constructor(
    readonly kind: ScopeKind,
    readonly name: string,
    readonly parent: Scope | undefined,
    readonly start: number,
    readonly end: number,
    readonly node?: PyNode,
    readonly nameEnd = start,
  ) {
    let owner = parent;
    while (owner && owner.kind === 'main') owner = owner.parent;
    const prefix = owner && (owner.kind === 'class' || owner.kind === 'function') ? `${owner.qname}.` : '';
    this.qname = kind === 'class' || kind === 'function' ? prefix + name : '';
    if (kind === 'function') this.label = this.qname;
    else if (kind === 'class') this.label = parent ? parent.label : MODULE_SCOPE;
    else this.label = kind === 'main' ? MAIN_SCOPE : MODULE_SCOPE;
  }

  /** Where assignments in this scope are stored: `<main>` shares the module's names. */
  get bindingScope(): Scope {
    return this.kind === 'main' && this.parent ? this.parent.bindingScope : this;
  }

  /** The class a method is defined in (for `self.x`). */
  get methodOf(): Scope | undefined {
    let p = this.parent;
    while (p && p.kind === 'main') p = p.parent;
    return this.kind === 'function' && p?.kind === 'class' ? p : undefined;
  }

  /** The function whose body this is, if any (class bodies belong to their enclosing function). */
  get functionScope(): Scope | undefined {
    if (this.kind === 'function') return this;
    let s = this.parent;
    while (s && s.kind !== 'function') s = s.parent;
    return s;
  }
}

export class ScopeTree {
  readonly module: Scope;
  /** Definitions and `<main>` blocks in source order. */
  readonly scopes: Scope[] = [];
  private readonly segStarts: number[] = [0];
  private readonly segScopes: Scope[];

  constructor(length: number, spans: Span[]) {
    this.module = new Scope('module', '', undefined, 0, length);
    this.segScopes = [this.module];
    const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
    const stack: Scope[] = [this.module];
    const top = (): Scope => stack[stack.length - 1] as Scope;
    for (const span of sorted) {
      while (stack.length > 1 && top().end <= span.start) this.closeTop(stack);
      if (span.end > top().end) continue; // not nested: a broken tree; ignore rather than guess
      const scope = new Scope(span.kind, span.name, top(), span.start, span.end, span.node, span.nameEnd);
      this.scopes.push(scope);
      this.segment(span.start, scope);
      stack.push(scope);
    }
    while (stack.length > 1) this.closeTop(stack);
  }

  private closeTop(stack: Scope[]): void {
    const done = stack.pop() as Scope;
    this.segment(done.end, stack[stack.length - 1] as Scope);
  }

  private segment(start: number, scope: Scope): void {
    const last = this.segStarts.length - 1;
    if (this.segStarts[last] === start) this.segScopes[last] = scope;
    else {
      this.segStarts.push(start);
      this.segScopes.push(scope);
    }
  }

  /** The first definition starting at or after an offset (the one a decorator decorates). */
  firstFrom(index: number): Scope | undefined {
    let lo = 0;
    let hi = this.scopes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.scopes[mid] as Scope).start < index) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.scopes.length; i++) {
      const s = this.scopes[i] as Scope;
      if (s.kind === 'function' || s.kind === 'class') return s;
    }
    return undefined;
  }

  /** Innermost scope containing an offset. */
  at(index: number): Scope {
    return this.segScopes[lastStartAtOrBefore(this.segStarts, index)] as Scope;
  }
}
