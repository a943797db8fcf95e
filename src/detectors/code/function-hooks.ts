import type { CallFact, FileFacts, Severity, Vector } from '../../model/index.js';
import { moduleNameOf } from '../python/modules.js';
import type { CodeEvent } from '../shared/events.js';
import { sentValues } from '../shared/outbound.js';
import { escapeRegExp } from '../shared/regexp.js';
import { when } from '../shared/snippet.js';
import type { PackageModel } from '../types.js';

type Report = (severity: Severity, s: { file: string; line: number; vector: Vector; why?: string }, message: string, evidence: string) => void;

/** Hooks every program installs for itself: exception and warning display, logging, exit handlers. */
const HOUSEKEEPING = /^(sys|warnings|logging|atexit|faulthandler)(\.|$)/;
/** A destination written in the code: a URL or a raw IPv4 address. */
const LITERAL_DESTINATION = /^(?:https?|wss?|ftp):\/\/[^/\s]+|^\d{1,3}(?:\.\d{1,3}){3}$/;
/** A host written into a request's options (`https.request({ hostname: 'collector.example', … })`, Python `host='…'`). */
const HOST_OPTION = /\bhost(?:name)?['"]?\s*[:=]\s*(['"`])([\w.-]+\.[\w-]+|\d{1,3}(?:\.\d{1,3}){3})\1/;
const HOST = /^(?:[a-z0-9-]+\.)+[a-z]{2,}$|^\d{1,3}(?:\.\d{1,3}){3}$/i;
/** Sending on a connection or request object opened before (not a call of the original function, which goes where its caller says). */
const CONNECTION_WRITE = /(Connection|ClientRequest|Socket|socket)\.(request|send|sendall|write|end|putrequest|putheader)$/;
/** A method's own first parameter, which carries no argument of the caller's. */
export const RECEIVER = new Set(['self', 'cls']);

/** Whether any of `values` is written in terms of one of `names` (`s`, `key.secret`, `f"{pk}"`). */
function mentions(values: CallFact['args'], names: string[]): string | undefined {
  for (const name of names) {
    const re = new RegExp(`(?<![\\w.])${escapeRegExp(name)}(?![\\w])`);
    if (values.some((v) => re.test(v.text))) return name;
  }
  return undefined;
}

/**
 * A library's function replaced by one of the package's own that sends what it receives to an address written
 * in the code: `Keypair.from_base58_string = staticmethod(_hooked)` where `_hooked(s)` posts `s` (the 2024–25
 * Solana key stealers), `requests.Session.request = …` copying every URL and header out, `builtins.input`
 * logged to a server, `web3.Keypair.fromSecretKey = function (k) { fetch(…, { body: k }) … }`. Written `X.y = f`
 * or `setattr(X, 'y', f)` (`Reflect.set` in JavaScript); the sending may sit in a function the hook hands its
 * parameter to. Instrumentation wraps functions too, but passes the call on to the original and
 * reports through its own configured client, never to a fixed address with the intercepted arguments.
 * **High** when installed at install or import time, **medium** when installed by a function the user calls.
 */
export function leakingHooks(pkg: PackageModel, sinks: readonly CodeEvent[], report: Report): void {
  for (const [file, f] of pkg.facts) {
    const python = f.language === 'python';
    for (const c of f.calls) {
      if (c.callee !== (python ? 'builtins.setattr' : 'global.Reflect.set')) continue;
      const target = c.args[0]?.refs[0];
      const attr = c.args[1]?.value;
      const hook = c.args[2]?.refs.find((r) => r.startsWith('local.'))?.slice(6);
      if (!target || !attr || !hook || HOUSEKEEPING.test(target)) continue;
      // The package's own modules and classes are its business.
      const own = python ? moduleNameOf(file)?.split('.')[0] : undefined;
      if ((own !== undefined && target.split('.')[0] === own) || /^[./]/.test(target)) continue;
      const leak = leakOf(f, file, hook, sinks);
      if (!leak) continue;
      const vector = pkg.execution.vector(file, c.scope);
      const why = pkg.execution.get(file, c.scope)?.why;
      const at = why !== undefined ? { file, line: c.line, vector, why } : { file, line: c.line, vector };
      const early = vector === 'install' || vector === 'import';
      report(
        early ? 'high' : 'medium',
        at,
        `replaces ${target}.${attr} with ${hook}, which sends what it receives (${leak.param}) to ${leak.destination} with ${leak.sink.callee} (line ${leak.sink.line}), ${when(at)}`,
        `${c.text}\n${leak.sink.text}`,
      );
    }
  }
}

interface Leak {
  sink: CodeEvent;
  param: string;
  destination: string;
}

/** A network call of the hook that sends a parameter, or of a package function the hook hands a parameter to, to a literal address. */
function leakOf(f: FileFacts, file: string, hook: string, sinks: readonly CodeEvent[]): Leak | undefined {
  // A class put in the library's place (`ethers.Wallet = class extends W { constructor(key) { … } }`) receives in its constructor.
  const fn = f.functions.find((x) => x.name === hook) ?? f.functions.find((x) => x.name === `${hook}.constructor`);
  const params = (fn?.params ?? []).filter((p) => !RECEIVER.has(p));
  if (!fn || params.length === 0) return undefined;
  const destinationOf = (e: CodeEvent): string | undefined => e.values.find((v) => LITERAL_DESTINATION.test(v));
  // Where a connection or request object is opened: a URL, a host option, or a host as the first argument
  // (`http.client.HTTPSConnection('collector.example')`, `net.connect(443, '203.0.113.9')` has it second).
  const addressOf = (e: CodeEvent): string | undefined =>
    destinationOf(e) ?? HOST_OPTION.exec(e.text)?.[2] ?? e.call?.args.map((a) => a.value).find((v) => v !== undefined && HOST.test(v));
  const network = sinks.filter((e) => e.file === file && e.capability === 'network');
  // A request made in one call and written in another (`const req = https.request({ host: … }); req.end(key)`):
  // the address sits on the request, the parameter on the write. Both in the hook itself.
  const hookAddress = network.filter((e) => e.scope === fn.name).map(addressOf).find((d) => d !== undefined);
  for (const sink of network) {
    const destination = destinationOf(sink) ?? (sink.scope === fn.name && CONNECTION_WRITE.test(sink.callee) ? hookAddress : undefined);
    if (destination === undefined) continue;
    if (sink.scope === fn.name) {
      const param = mentions(destinationOf(sink) === undefined ? sentValues(sink) : sentValues(sink).slice(1), params);
      if (param) return { sink, param, destination };
    } else if (fn.calls.includes(sink.scope)) {
      // One step on: `_send(s)` in the hook, the request in `_send`, which sends its own parameter.
      // The helper's payload is computed (`json.dumps(record)`), not a constant.
      const handOff = f.calls.find((x) => x.scope === fn.name && x.callee === `local.${sink.scope}` && mentions(x.args, params) !== undefined);
      const computed = sentValues(sink).slice(1).some((v) => v.value === undefined);
      if (handOff && computed) return { sink, param: mentions(handOff.args, params) as string, destination };
    }
  }
  return undefined;
}
