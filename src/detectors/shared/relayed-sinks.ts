import type { CallFact, FileFacts } from '../../model/index.js';
import type { ExecutionMap } from '../context.js';
import { callEvent, type CodeEvent } from './events.js';

/** Maps a call of one file to the package functions it runs (same file: `local.name`; other files: per language). */
export type CallTargets = (file: string, callee: string) => Array<{ file: string; scope: string }>;

/** How far "this function talks to the network" is carried up through helpers calling helpers. */
const MAX_DEPTH = 4;

const key = (file: string, scope: string): string => `${file}\u0000${scope}`;

/**
 * Calls that hand data to one of the package's own functions that talks to the network: `post(dict(os.environ))`
 * with `def post(d): urlopen(URL, data=d)` (in the same file or another). Each becomes a `network-relay` event
 * at the call, carrying the call's arguments, so a theft is judged where the data is collected and handed
 * over, not lost between a module that reads and a helper that sends. Helpers that call such helpers count
 * too, up to a few levels. Only calls with arguments: a helper called with nothing is not given anything to send.
 */
export function relayedSinks(
  facts: ReadonlyMap<string, FileFacts>,
  execution: ExecutionMap,
  events: readonly CodeEvent[],
  targets: CallTargets,
): CodeEvent[] {
  const senders = new Set<string>();
  for (const e of events) if (e.capability === 'network' || e.capability === 'socket') senders.add(key(e.file, e.scope));
  if (senders.size === 0) return [];
  const resolved = new Map<CallFact, Array<{ file: string; scope: string }>>();
  const targetsOf = (file: string, call: CallFact): Array<{ file: string; scope: string }> => {
    let t = resolved.get(call);
    if (t === undefined) {
      t = call.callee.startsWith('local.') ? [{ file, scope: call.callee.slice(6) }] : targets(file, call.callee);
      resolved.set(call, t);
    }
    return t;
  };
  // Functions that reach a sender through their own calls send too.
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    let grew = false;
    for (const [file, f] of facts) {
      for (const call of f.calls) {
        if (senders.has(key(file, call.scope))) continue;
        if (targetsOf(file, call).some((t) => senders.has(key(t.file, t.scope)))) {
          senders.add(key(file, call.scope));
          grew = true;
        }
      }
    }
    if (!grew) break;
  }
  const sender = (file: string, name: string): { file: string; scope: string } | undefined =>
    (name.startsWith('local.') ? [{ file, scope: name.slice(6) }] : targets(file, name)).find((t) => senders.has(key(t.file, t.scope)));
  const out: CodeEvent[] = [];
  for (const [file, f] of facts) {
    for (const call of f.calls) {
      if (call.args.length === 0 && Object.keys(call.kwargs).length === 0) continue;
      let to = targetsOf(file, call).find((t) => senders.has(key(t.file, t.scope)));
      // `Thread(target=send, args=(data,))`, `setTimeout(send, 0, data)`: the sender is handed over with the data.
      let handed: string | undefined;
      if (!to && HANDS_OFF.test(call.callee)) {
        for (const a of [...call.args, ...Object.values(call.kwargs)]) {
          handed = a.refs.find((r) => sender(file, r) !== undefined);
          if (handed !== undefined) {
            to = sender(file, handed);
            break;
          }
        }
      }
      if (!to) continue;
      const e = callEvent('network-relay', f.language, file, call, execution);
      out.push({ ...e, refs: e.refs.filter((r) => r !== handed), via: to.file === file ? to.scope : `${to.scope} in ${to.file}` });
    }
  }
  return out;
}

/** Calls that run a function they are given, with arguments they are given: threads, processes, executors, timers. */
const HANDS_OFF = /(^|\.)(Thread|Timer|Process|to_thread|submit|apply_async|run_in_executor|setTimeout|setImmediate|nextTick)$/;
