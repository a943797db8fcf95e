import type { Severity, Vector } from '../../model/index.js';
import type { CodeEvent } from '../shared/events.js';
import type { EndpointHit } from '../shared/indicators.js';
import { carriesData, sentRefs } from '../shared/outbound.js';
import { byScope, when } from '../shared/snippet.js';
import { ENV_COMMAND, ENV_WHOLE, HOST_INFO, IDENTITY, IDENTITY_COMMAND, IP_LOOKUP, SOCKET_WRITE } from './stealing-vocabulary.js';
import type { PackageModel } from '../types.js';

/**
 * The machine's reconnaissance checks of code/info-stealing (its docs describe them): the whole environment
 * sent, the machine's identity sent by early code, and the same collection in called code of a file that
 * names a collection endpoint.
 */

type Report = (severity: Severity, s: { file: string; line: number; vector: Vector }, message: string, evidence: string) => void;

export interface ReconContext {
  readonly pkg: PackageModel;
  /** The package's code events, auxiliary files (tests, examples) left out. */
  readonly events: readonly CodeEvent[];
  /** Its network, socket and DNS calls. */
  readonly sinks: readonly CodeEvent[];
  /** Whether the package names a collection endpoint (paste site, request catcher, webhook, tunnel, raw IP). */
  readonly collected: boolean;
  /** Where the package sends, for messages: ` and the package sends to …` or empty. */
  readonly exit: string;
  readonly report: Report;
}

const early = (v: Vector): boolean => v === 'install' || v === 'import';

/** The command a shell call runs, as one string (`['uname', '-m']` is `uname -m`). */
function commandOf(e: CodeEvent): string {
  const first = e.call?.args[0];
  return first?.value ?? (first?.items ?? []).map((i) => i.value ?? '?').join(' ');
}

/** Encodings applied to what is sent: base64, hex, compression (`b64encode(…)`, JavaScript's `btoa(…)`). */
const ENCODER = /^(base64\.\w*encode\w*|binascii\.(hexlify|b2a_\w+)|codecs\.encode|zlib\.compress|bz2\.compress|lzma\.compress|global\.btoa)$/;

/**
 * JavaScript records a read of one variable (`process.env.CI`) as a read of `process.env` too; the whole
 * environment is read where no single variable is read on the same line (`JSON.stringify(process.env)`,
 * `process.env[key]`, `{ ...process.env }`). The places of single-variable reads, once per file.
 */
function singleEnvReads(pkg: PackageModel): (e: CodeEvent) => boolean {
  const byFile = new Map<string, Set<string>>();
  return (e) => {
    if (e.language !== 'javascript') return false;
    let places = byFile.get(e.file);
    if (!places) {
      places = new Set((pkg.facts.get(e.file)?.reads ?? []).filter((r) => r.name.startsWith('process.env.')).map((r) => `${r.line}\u0000${r.scope}`));
      byFile.set(e.file, places);
    }
    return places.has(`${e.line}\u0000${e.scope}`);
  };
}

/** A name the machine resolves for itself: the host name alone, or with a local suffix (`hostname + ".local"`). */
const OWN_NAME = /^[\w.]+(\(\))?(\s*\+\s*(['"])\.(local|localdomain|lan|home|internal)\3)?$|^f(['"])\{[\w.()]+\}(\.(local|localdomain|lan|home|internal))?\5$/;

/**
 * A DNS lookup of the machine's own name (`socket.gethostbyname_ex(socket.gethostname())`: finding its own
 * addresses, as Jupyter does): the name goes to the local resolver, not into a domain someone else answers
 * for, as a beacon's `f"{hostname}.attacker.example"` does.
 */
function ownNameLookup(pkg: PackageModel, sink: CodeEvent): boolean {
  const arg = sink.call?.args[0];
  if (sink.capability !== 'dns' || arg === undefined || arg.value !== undefined || !OWN_NAME.test(arg.text.trim())) return false;
  // A variable may hold the name with a domain appended earlier in the function (`d = host + '.oast.example'`).
  const domains = pkg.facts.get(sink.file)?.strings.filter((x) => x.scope === sink.scope && DOMAIN.test(x.value) && !LOCAL_SUFFIX.test(x.value)) ?? [];
  return domains.length === 0;
}

const DOMAIN = /^\.?[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}\.?$/i;
const LOCAL_SUFFIX = /^\.?(local|localdomain|lan|home|internal)$/i;

/** The whole environment sent, and the machine's identity collected and sent by early code. */
export function machineRecon(ctx: ReconContext): void {
  const { pkg, events, sinks, collected, exit, report } = ctx;
  // The environment handed as it is to the package's own sending function (`post(dict(os.environ))`,
  // relayed-sinks.ts) is sent by the caller.
  const relays = events.filter((e) => e.capability === 'network-relay' && packedOnly(e, IDENTITY));
  for (const e of [...sinks, ...relays]) {
    // Over HTTP, through the package's own sender, or written to a raw socket at install or import time
    // (`sock.write(JSON.stringify(process.env))`; when only called, a local socket may be a worker's IPC).
    const socket = e.capability === 'socket' && SOCKET_WRITE.test(e.callee) && early(e.vector);
    const sends = e.capability === 'network' || e.capability === 'network-relay' || socket;
    if (!sends || !e.refs.some((r) => ENV_WHOLE.has(r))) continue;
    // With the host's and user's names from the same function, it is a reconnaissance report, not a config dump.
    const who = events.find((x) => x.file === e.file && x.scope === e.scope && [x.callee, ...x.refs].some((n) => IDENTITY.test(n)));
    // Encoded on the way out (`requests.get(URL + b64encode(' '.join(environ.values())))`): hiding what is sent.
    const encoded = e.refs.find((r) => ENCODER.test(r));
    const severity: Severity = early(e.vector) ? 'critical' : collected || who || encoded ? 'high' : 'medium';
    const how = who ? ` with the machine's identity (${who.callee})` : encoded ? `, encoded with ${encoded}` : '';
    report(severity, e, `sends the whole environment (${sender(e)})${how} ${when(e)}${exit}`, e.text);
  }

  // Identity of the machine and its user (not paths: installers use the home folder for caches).
  const earlyIdentity = new Map<string, CodeEvent>();
  for (const e of events) {
    if (early(e.vector) && [e.callee, ...e.refs].some((n) => IDENTITY.test(n)) && !earlyIdentity.has(e.file)) earlyIdentity.set(e.file, e);
  }
  for (const sink of sinks) {
    const who = earlyIdentity.get(sink.file);
    if (!who || !early(sink.vector) || sink.capability === 'socket' || ownNameLookup(pkg, sink)) continue;
    // The identity goes into the request, or the request sends something computed (often handed to a
    // helper that makes it); a constant update check next to a logged host name sends nothing of the machine.
    if (!sentRefs(sink).some((n) => IDENTITY.test(n)) && !carriesData(sink)) continue;
    const name = [who.callee, ...who.refs].find((n) => IDENTITY.test(n)) ?? who.callee;
    report('high', sink, `collects the machine's identity (${name}) and talks to the network (${sink.callee}) ${when(sink)}${exit}`, `${who.text}\n${sink.text}`);
    break;
  }
  // The identity handed as it is to the package's own sending function (`send({'host': socket.gethostname()})`).
  for (const e of events) {
    if (e.capability !== 'network-relay' || !early(e.vector) || !packedOnly(e, BEACON_PARTS)) continue;
    const name = e.refs.find((n) => IDENTITY.test(n));
    if (name) report('high', e, `hands the machine's identity (${name}) to ${sender(e)} ${when(e)}${exit}`, e.text);
  }

  const scopes = byScope(events);
  const singleEnvRead = singleEnvReads(pkg);
  for (const sink of sinks) {
    if (!early(sink.vector) || ownNameLookup(pkg, sink)) continue;
    const scopeEvents = scopes.get(`${sink.file}\u0000${sink.scope}`) ?? [];
    // Who the machine is counts when the scope sends something computed; where files are (home folder,
    // working directory) only when it goes into the request: caches and downloads are written there.
    const carries = sink.capability === 'socket' || carriesData(sink);
    const sent = sentRefs(sink);
    const inScope = [sink, ...scopeEvents].flatMap((e: CodeEvent) => [e.callee, ...e.refs]);
    // JavaScript's flow is looser (a token read in a try block and reassigned in its catch loses its refs), so
    // there the home folder counts anywhere in the scope; the working directory, where install scripts copy
    // files, only when it is sent.
    const paths = sink.capability === 'socket' ? inScope : sink.language === 'python' ? sent : [...sent, ...inScope.filter((n) => !/cwd/.test(n))];
    const host = [...(carries ? inScope.filter((n) => IDENTITY.test(n)) : []), ...paths.filter((n) => HOST_INFO.test(n) && !IDENTITY.test(n))];
    // The same read through a command whose output is the environment or the identity (`os.popen('env')`).
    const commands = scopeEvents.filter((e) => e.capability === 'shell').map((e) => commandOf(e));
    host.push(...commands.filter((c) => IDENTITY_COMMAND.test(c)));
    // The machine's public address looked up in the same scope that then sends something computed.
    const lookup = carries ? scopeEvents.find((e) => e !== sink && e.capability === 'network' && IP_LOOKUP.test(e.call?.args[0]?.value ?? '')) : undefined;
    if (lookup) host.push(`public IP lookup (${lookup.call?.args[0]?.value ?? ''})`);
    const sends = sent.length > 0 || carries;
    // The environment read by a package function this scope calls (`body = JSON.stringify(gather())`) is read here.
    const helperEvents = calledHelpers(sink).flatMap((scope) => scopes.get(`${sink.file}\u0000${scope}`) ?? []);
    const envDump = ([...scopeEvents, ...helperEvents].some((e) => e.capability === 'env-read' && ENV_WHOLE.has(e.callee) && !singleEnvRead(e)) || commands.some((c) => ENV_COMMAND.test(c))) && sends;
    if (host.length === 0 && !envDump) continue;
    const what = envDump ? 'the environment' : [...new Set(host)].slice(0, 4).join(', ');
    report(envDump ? 'critical' : 'high', sink, `collects ${what} and sends it with ${sink.callee} ${when(sink)}${exit}`, sink.text);
  }
}

/** The package functions of the sink's file whose result the call sends (`body = JSON.stringify(gather())`; one step). */
function calledHelpers(sink: CodeEvent): string[] {
  return sink.refs.filter((r) => r.startsWith('local.')).map((r) => r.slice(6));
}

/**
 * The same reconnaissance in code that only runs when called, in a file that names a collection endpoint
 * (an OAST/request-catcher host, a bot webhook, a tunnel, a raw IP): telemetry goes to its vendor's own API.
 * @param dropIn the first collection endpoint named in a file, if any
 */
export function calledRecon(ctx: ReconContext, dropIn: (file: string) => EndpointHit | undefined): void {
  const { events, sinks, report } = ctx;
  for (const sink of sinks) {
    if (early(sink.vector)) continue;
    const drop = dropIn(sink.file);
    if (!drop) continue;
    const who = events.find((e) => e.file === sink.file && [e.callee, ...e.refs].some((n) => IDENTITY.test(n) || ENV_WHOLE.has(n)));
    if (!who) continue;
    report('high', sink, `collects the machine's identity (${who.callee}) and sends it with ${sink.callee} ${when(sink)}, in a file that names a ${drop.label} (${drop.match})`, `${who.text}\n${sink.text}`);
    break;
  }
}

/** The call that sends, naming the package function that does it when the data is handed over (`helper.post: post in helper.py sends it`). */
export function sender(e: CodeEvent): string {
  return e.via === undefined ? e.callee : `${e.callee}: ${e.via} sends it`;
}

/** What a beacon reports beside who the machine is: where the package runs and on what platform. */
const BEACON_PARTS = new RegExp(
  `${HOST_INFO.source}|^(__dirname|__filename|(global\\.)?process\\.(cwd|platform|arch|version)|os\\.(platform|arch|type|release|tmpdir)|platform\\.(system|machine|release|version)|sys\\.platform)$`,
);

/** What a handed-over payload may be built with besides the environment: serialisers, encoders, the machine's identity. */
const PACKING = /^(builtins\.|global\.(JSON|Buffer|Object|String)\.|json\.|base64\.|zlib\.|binascii\.|codecs\.|urllib\.parse\.)/;

/**
 * Whether a relayed call's arguments hold nothing but the environment and what `also` matches, packed
 * (`dict(os.environ)`, `JSON.stringify(process.env)`, with the host name): a value that only came out of other
 * work the environment was given to (a download run with `env=os.environ` whose result path is passed on) is
 * not the environment.
 */
function packedOnly(e: CodeEvent, also: RegExp): boolean {
  return e.refs.every((r) => ENV_WHOLE.has(r) || PACKING.test(r) || also.test(r));
}
