import type { FileFacts } from '../../model/index.js';
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
  // Package functions a name of a file runs (`local.post`, `helper.post`, `./lib/send`), resolved once per name.
  const resolved = new Map<string, Array<{ file: string; scope: string }>>();
  const resolve = (file: string, name: string): Array<{ file: string; scope: string }> => {
    const k = key(file, name);
    let t = resolved.get(k);
    if (t === undefined) {
      t = name.startsWith('local.') ? [{ file, scope: name.slice(6) }] : targets(file, name);
      resolved.set(k, t);
    }
    return t;
  };
  const sending = (file: string, name: string): { file: string; scope: string } | undefined =>
    resolve(file, name).find((t) => senders.has(key(t.file, t.scope)));
  // Calls of the package's own functions, gathered once: the rounds below walk only these.
  const edges: Array<{ from: string; to: Array<{ file: string; scope: string }> }> = [];
  for (const [file, f] of facts) {
    for (const call of f.calls) {
      const to = resolve(file, call.callee);
      if (to.length > 0) edges.push({ from: key(file, call.scope), to });
    }
  }
  // Functions that reach a sender through their own calls send too.
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    let grew = false;
    for (const { from, to } of edges) {
      if (senders.has(from) || !to.some((t) => senders.has(key(t.file, t.scope)))) continue;
      senders.add(from);
      grew = true;
    }
    if (!grew) break;
  }
  const out: CodeEvent[] = [];
  for (const [file, f] of facts) {
    for (const call of f.calls) {
      if (call.args.length === 0 && Object.keys(call.kwargs).length === 0) continue;
      let to = sending(file, call.callee);
      // `Thread(target=send, args=(data,))`, `setTimeout(send, 0, data)`: the sender is handed over with the data.
      let handed: string | undefined;
      if (!to && HANDS_OFF.test(call.callee)) {
        for (const ref of [...call.args, ...Object.values(call.kwargs)].flatMap((a) => a.refs)) {
          to = sending(file, ref);
          if (to) {
            handed = ref;
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
