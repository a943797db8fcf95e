import { MODULE_SCOPE, type Finding, type Severity, type Vector } from '../../model/index.js';
import type { CodeEvent } from '../shared/events.js';
import { endpointIn, isDownloadLink, secretIn, type EndpointHit, type SecretHit } from '../shared/indicators.js';
import { joinedPaths } from '../shared/joined-paths.js';
import { COOKIE_LIBRARY, SEED_PROMPT } from './stealing-vocabulary.js';
import { isAuxiliary } from '../shared/scope-filter.js';
import { sourceLine, when } from '../shared/snippet.js';
import { browserSessionTheft } from './browser-session.js';
import { credentialApiTheft } from './credential-apis.js';
import { credentialsToOtherHosts } from './credential-destinations.js';
import { collectedFileUploads, secretFileUploads } from './file-uploads.js';
import { leakingHooks } from './function-hooks.js';
import { calledRecon, machineRecon, sender } from './machine-recon.js';
import { walletSecretTheft } from './wallet-secrets.js';
import { finding, type Detector, type PackageModel, type RuleMeta } from '../types.js';

const meta: RuleMeta = {
  id: 'code/info-stealing',
  title: 'Secrets or host details sent off the machine',
  vectors: ['install', 'import', 'runtime'],
  severity: 'critical',
  behaviors: ['information-stealing'],
  techniques: [],
  summary:
    'Reads what attackers steal — browser password and cookie stores, Discord tokens, wallets, SSH/cloud/npm/PyPI credentials, cloud metadata, the whole environment, host and user names — in code that also talks to the network.',
  docs: `Reading a credential is what many legitimate tools do (an SSH client reads \`~/.ssh\`, a cloud SDK asks the
metadata endpoint), so the rule needs a source **and** a way out, and weighs when it runs:

- Browser cookies read through a cookie-decrypting library (\`browser_cookie3\` and kin): **critical** at
  install/import time in a package with network use, **high** at run time in a package holding an exfiltration
  endpoint, **low** otherwise (scrapers load the user's own cookies when asked to).
- Browser password/cookie stores, Discord token stores and wallets (which no library needs): **critical** at
  install/import time in a package with network use; otherwise **high** next to network use (in the same file
  at install/import time, in the same function when only called) or a collection endpoint in the package
  (paste site, request catcher, webhook, tunnel, raw IP); alone, **medium** at install/import time and **low**
  when only called.
- Developer credentials (also game-launcher account token files and a project's \`.env\`), system secrets, token variables, cloud
  metadata and browser profile folders read by install-time code in a file that talks to the network then, or
  by import-time code in the same function or module body as a network call: **critical**. At run time only when the same function also talks to the
  network and the package holds an exfiltration endpoint: **high**.
- Credentials returned by an SDK or the OS keyring (\`boto3\` \`get_credentials()\`, \`google.auth.default()\`, an Azure
  credential's \`get_token\`, \`keyring.get_password\`, Windows' credential manager) in what a network call sends:
  **critical** at install/import time; when called, **high** in the payload of a package naming a collection
  endpoint. Otherwise, when called, it is a client of the credential's own service (\`auth=\`, a header, AWS's
  federation endpoint, which takes the session's keys as parameters).
- Messenger session files (\`*.session\` of Telethon/Pyrogram, Telegram Desktop's \`tdata\`), SSH keys (a path
  ending in \`.ssh\` too) and credential files looked for in a function that uploads a file (\`files=\`, an opened
  file) to the network: **high** whenever it runs. An SSH client or cloud SDK uses those files; it does not post
  them over HTTP. Public keys (\`.pub\`) and a project's \`.env\` are uploaded on purpose and do not count here.
- Files found by listing folders (\`os.walk\`, \`glob\`, \`rglob\`, \`fs.readdirSync\`) and uploaded at install or
  import time (\`files=\`, an opened file, a zip or buffer packed from them; in JavaScript, the content read with
  \`fs.readFileSync\` in what is sent): **high** at import time, critical at install time. Packages list folders
  while they install, but do not upload what they find.
- A wallet private key or seed phrase sent with a network call (as a named field at any depth of the payload,
  \`JSON.stringify({ mnemonic })\` included, or a variable named for it anywhere in the payload): **high**
  whenever it runs. A plain \`seed\` or \`secret_key\` field counts only next to wallet fields (address, chain,
  …) or in wallet code (a wallet library imported, functions named for wallets): image and text generation
  APIs take a random \`seed\`, and services an API \`secret_key\`. So is
  a prompt asking the user for a seed phrase or private key in a function that talks to the network.
- Store paths are recognised also when spelled in pieces on one line (\`os.path.join(appdata, 'FileZilla',
  'recentservers.xml')\`, \`Path(steam) / 'Steam' / 'ssfn*'\`).
- Code that only runs when called and reads two or more kinds of credential (SSH keys, cloud credentials,
  shell history, token variables, …) in one file, with a network call in the scope of one of those reads
  (a harvester): **high**. Asking the cloud metadata service is itself a network call, so a metadata read counts
  as the sending one only where its scope also makes another network call (\`socket.getaddrinfo(
  "metadata.google.internal", 80)\` alone is a where-am-I check in a cloud storage client).
- The whole environment passed to a network call: **critical** at install/import time, **high** when only
  called in a package that holds a collection endpoint (paste site, request catcher, webhook, tunnel, raw IP),
  together with the host or user name collected in the same function, or encoded on the way out (base64, hex,
  compressed: hiding what is sent), **medium** otherwise. Handing the
  environment, as it is or serialised (\`post(dict(os.environ))\`, \`send(JSON.stringify(process.env))\`), to one
  of the package's own functions that sends it (in the same file or another module, through helpers calling
  helpers, or with the sender to a thread, process, executor or timer) counts as sending it where it is handed
  over; a value that only came out of other work the environment was given to (a command run with
  \`env=os.environ\`) does not. Written to a raw socket at install or import time it counts the same (when only
  called, a local socket may be a worker pool's channel). The environment kept on an object by one method
  (\`self.data = dict(os.environ)\`, \`this.data = {...process.env}\`) is followed to the other methods that send it.
- Host name or user name collected in the same scope as a network request that sends something computed, or
  a DNS lookup, at install or import time (a reconnaissance beacon): **high** (also read through a command such
  as \`whoami\` or \`hostname\`, or the hardware id through \`wmic csproduct get uuid\`, \`Get-CimInstance
  Win32_ComputerSystemProduct\` or the MachineGuid; a public-IP lookup service (ipify, ipinfo, ip-api, …) asked in the
  same scope counts as the machine's address; the output of \`env\`/\`printenv\` sent with the request counts as the whole
  environment: **critical**). The working directory or home folder counts when it goes into the request (in
  Python code): a cache path or a download's destination is not sent. So is machine identity (host name,
  user, network interfaces, machine id) collected anywhere in a file that talks to the network at that time,
  when the request sends something computed, and the identity handed as it is (with paths, serialised) to one
  of the package's own functions that sends it, in another module too. A constant request (an update check, a
  download to a file) next to a logged host name sends nothing of the machine, and a DNS lookup of the machine's
  own name (\`socket.gethostbyname_ex(socket.gethostname())\`, also with \`.local\`) asks the local resolver for
  its own addresses, unless the function also holds a domain to append. Reading one environment variable
  (\`os.environ.get('CC')\`) or setting one is not collecting the environment.
  In code that only runs when called, the same collection in a file that sends and names a collection
  endpoint (OAST or request-catcher host, bot webhook, tunnel, raw IP address): **high**.
- Browser code that, while it loads, reads the page's cookies (\`document.cookie\`) in the same body as a request
  sending something computed (\`fetch\`, \`navigator.sendBeacon\`), or sends an item of \`localStorage\` or
  \`sessionStorage\`: **high** — session theft from every site that bundles it. Reading them when called (analytics
  reading its own cookie), or a cached item next to an unrelated request, is left alone.
- A service's credential read from the environment by name (\`AWS_SECRET_ACCESS_KEY\`, \`GITHUB_TOKEN\`, \`NPM_TOKEN\`,
  …) sent to a host written in the code that is not that service's: **critical** at install/import time, **high**
  otherwise. Destinations from configuration (enterprise servers, proxies) and local hosts are not judged.
- A library's function replaced by one of the package's own (\`Keypair.from_base58_string = staticmethod(hook)\`,
  \`setattr(requests.Session, 'request', hook)\`) that sends what it receives to an address written in the code,
  itself or through a package function it hands the argument to, also in a second call on a connection it
  opened to that address (\`req = https.request({ hostname: … }); req.write(key)\`): **high** when installed at
  install or import time, **medium** when a called function installs it. Instrumentation passes the call on to the original and
  reports through its configured client; hooks of \`sys\`, \`logging\` and \`warnings\` are a program's own.
- \`os.uname()\` read only for the operating system on its line (\`.sysname\`, \`.release\`, \`.machine\`, …: a
  platform check such as \`os.uname().sysname == "FreeBSD"\`) is not the machine's identity; \`.nodename\` is.`,
};

const STRONG = new Set(['browser-store', 'discord', 'wallet']);
/** A file this long is a bundle or a program, whose module body is no one function (the runtime harvester's test). */
const BUNDLE_LINES = 3000;
const NEAR_LINES = 200;

const COLLECTORS = new Set(['oast-dns', 'request-catcher', 'webhook', 'tunnel', 'raw-ip']);

const early = (v: Vector): boolean => v === 'install' || v === 'import';
/**
 * `os.uname()` read only for the operating system (`.sysname`, `.release`, `.version`, `.machine`, or those
 * indices) on its line: a platform check (`os.uname().sysname == "FreeBSD"`), not the host name (`.nodename`, [1]).
 */
function osLookupOnly(pkg: PackageModel, e: CodeEvent): boolean {
  if (!/^(os|platform)\.uname$/.test(e.callee)) return false;
  const uses = [...sourceLine(pkg, e.file, e.line).matchAll(/uname\(\)(\.\w+|\[\s*\d\s*\])?/g)];
  return uses.length > 0 && uses.every((m) => /^(\.(sysname|release|version|machine|system|processor)|\[\s*[02345]\s*\])$/.test(m[1] ?? ''));
}

/**
 * A token variable named in a sentence ("Try setting the \`GITHUB_TOKEN\` environment variable to raise the
 * limit") is advice to the user, not a read: a read names it alone, or expands it (\`$NPM_TOKEN\`, \`%GH_TOKEN%\`,
 * \`\${{ secrets.NPM_TOKEN }}\`).
 */
function namedInProse(value: string, name: string): boolean {
  if (value.trim().split(/\s+/).length < 5) return false;
  const at = value.indexOf(name);
  return at >= 0 && !/(\$\{?|%|\{\{\s*|\benv\.|\bsecrets\.)\s*$/.test(value.slice(Math.max(0, at - 12), at));
}

export const infoStealing: Detector = {
  meta,
  run(pkg) {
    const out: Finding[] = [];
    const events = pkg.events.events.filter((e) => !isAuxiliary(e.file, e.vector, pkg.execution) && !osLookupOnly(pkg, e));
    const own = pkg.events.strings.filter((s) => !isAuxiliary(s.file, s.vector, pkg.execution));
    // Store paths spelled in pieces (`os.path.join(appdata, 'FileZilla', 'recentservers.xml')`) count as written whole.
    const strings = [...own, ...joinedPaths(own, (v) => secretIn(v) !== undefined, pkg.facts)];
    const sinks = events.filter((e) => e.capability === 'network' || e.capability === 'socket' || e.capability === 'dns');
    // Each string's endpoint, looked up once and only when asked (the drop check below runs per sink).
    const endpointHits: Array<EndpointHit | null | undefined> = [];
    const endpointAt = (i: number): EndpointHit | undefined => {
      if (endpointHits[i] === undefined) endpointHits[i] = endpointIn((strings[i] as (typeof strings)[number]).value) ?? null;
      return endpointHits[i] ?? undefined;
    };
    const firstEndpoint = strings.findIndex((_, i) => endpointAt(i) !== undefined);
    const endpoint = firstEndpoint >= 0 ? { s: strings[firstEndpoint], hit: endpointAt(firstEndpoint) } : undefined;
    const anyNetwork = sinks.length > 0 || endpoint !== undefined;
    // A collection endpoint (paste site, request catcher, webhook, tunnel, raw IP) says where stolen data goes.
    const collected = endpoint?.hit !== undefined && (COLLECTORS.has(endpoint.hit.kind) || endpoint.hit.kind === 'paste');
    const sinkScopes = new Set(sinks.map((e) => `${e.file}\u0000${e.scope}`));
    const sinkFiles = new Set(sinks.map((e) => e.file));
    const sinkCount = new Map<string, number>();
    for (const e of sinks) sinkCount.set(`${e.file}\u0000${e.scope}`, (sinkCount.get(`${e.file}\u0000${e.scope}`) ?? 0) + 1);
    const reported = new Set<string>();
    const report = (severity: Severity, s: { file: string; line: number; vector: Vector }, message: string, evidence: string): void => {
      const key = `${s.file}:${s.line}`;
      if (reported.has(key)) return;
      reported.add(key);
      out.push(
        finding(meta, {
          severity,
          vector: s.vector,
          message,
          file: s.file,
          line: s.line,
          snippet: sourceLine(pkg, s.file, s.line),
          evidence,
        }),
      );
    };
    const exit = endpoint?.hit ? ` and the package sends to a ${endpoint.hit.label} (${endpoint.hit.match})` : '';

    const earlySinkFiles = new Set(sinks.filter((e) => early(e.vector)).map((e) => e.file));
    // Package functions whose result a sending call sends (`body = JSON.stringify(gather())` before
    // `req.write(body)`): what they read is read for that scope.
    const feedsSink = new Set(sinks.flatMap((e) => e.refs.filter((r) => r.startsWith('local.')).map((r) => `${e.file}\u0000${r.slice(6)}`)));
    const secrets: Array<SecretHit | undefined> = strings.map((s) => {
      const hit = secretIn(s.value);
      return hit?.kind === 'token-variable' && namedInProse(s.value, hit.match) ? undefined : hit;
    });
    for (const [i, s] of strings.entries()) {
      const hit = secrets[i];
      if (!hit) continue;
      if (STRONG.has(hit.kind)) {
        // When only called, the file's network use counts in the reading function itself, or with a collection
        // endpoint in the package: a downloader that imports browser cookies for its own requests (yt-dlp's
        // --cookies-from-browser) reads the store in one function and talks to sites in others.
        const near = early(s.vector) ? sinkFiles.has(s.file) || endpoint !== undefined : sinkScopes.has(`${s.file}\u0000${s.scope}`) || collected;
        const severity: Severity = early(s.vector) && anyNetwork ? 'critical' : near ? 'high' : early(s.vector) ? 'medium' : 'low';
        report(severity, s, `reads ${hit.label} (${hit.match}) ${when(s)}${near ? ' in code that talks to the network' : ''}${exit}`, s.value);
      } else if ((s.vector === 'install' && earlySinkFiles.has(s.file)) || (early(s.vector) && (sinkScopes.has(`${s.file}\u0000${s.scope}`) || feedsSink.has(`${s.file}\u0000${s.scope}`)))) {
        report('critical', s, `reads ${hit.label} (${hit.match}) ${when(s)} in a file that talks to the network at that time too${exit}`, s.value);
      } else if (endpoint?.hit && !isDownloadLink(endpoint.hit.match) && sinkScopes.has(`${s.file}\u0000${s.scope}`)) {
        // A download link (a Dropbox share, a Discord attachment) serves files: it is not where data goes.
        report('high', s, `reads ${hit.label} (${hit.match}) in ${s.scope}, which also talks to the network${exit}`, s.value);
      }
    }

    // Browser cookie stores read through a library that decrypts them (browser_cookie3 and kin): the same
    // theft as naming the store's path, without the path in the source.
    for (const [file, f] of pkg.facts) {
      if (isAuxiliary(file, 'runtime', pkg.execution)) continue;
      for (const c of f.calls) {
        if (!COOKIE_LIBRARY.test(c.callee)) continue;
        const at = { file, line: c.line, vector: pkg.execution.vector(file, c.scope) };
        if (isAuxiliary(file, at.vector, pkg.execution)) continue;
        // Scrapers load the user's own cookies for their requests when asked to: at run time only an exfiltration
        // endpoint makes it theft.
        const severity: Severity = early(at.vector) ? (anyNetwork ? 'critical' : 'medium') : endpoint ? 'high' : 'low';
        report(severity, at, `reads the browser's cookie store (${c.callee}) ${when(at)}${exit}`, c.text);
      }
    }

    // A credential harvester that only runs when called: one file that reads several kinds of secret
    // (SSH keys and cloud credentials and shell history, …) and sends from the scope of one of those reads.
    // A tool that needs a credential reads its own kind; collecting several and sending them is stealing.
    const byFile = new Map<string, Array<{ s: (typeof strings)[number]; hit: SecretHit }>>();
    for (const [i, s] of strings.entries()) {
      const hit = secrets[i];
      if (!hit || early(s.vector) || STRONG.has(hit.kind) || s.value.length > 300) continue;
      const list = byFile.get(s.file) ?? [];
      list.push({ s, hit });
      byFile.set(s.file, list);
    }
    for (const reads of byFile.values()) {
      const labels = new Set(reads.map((r) => r.hit.label));
      // Asking the metadata service is itself a network call: a metadata read sends only from a scope that
      // also talks elsewhere (blobfile's `getaddrinfo("metadata.google.internal")` is a where-am-I check).
      // The module body of a bundle holds a whole program: there the send must stand near the read.
      const sendsNear = (r: (typeof reads)[number]): boolean =>
        r.s.scope !== MODULE_SCOPE || (pkg.facts.get(r.s.file)?.metrics.lines ?? 0) < BUNDLE_LINES || sinks.some((e) => e.file === r.s.file && e.scope === MODULE_SCOPE && Math.abs(e.line - r.s.line) <= NEAR_LINES);
      const sent = reads.find((r) => {
        const scope = `${r.s.file}\u0000${r.s.scope}`;
        return (r.hit.kind === 'cloud-metadata' ? (sinkCount.get(scope) ?? 0) > 1 : sinkScopes.has(scope)) && sendsNear(r);
      });
      if (labels.size < 2 || !sent) continue;
      report('high', sent.s, `collects ${[...labels].join(', ')} and sends from ${sent.s.scope}, which talks to the network${exit}`, sent.s.value);
    }

    // A wallet seed phrase or private key asked from the user in a function that talks to the network: a
    // phishing prompt (offline key tools ask for one too, but do not send from the same place).
    for (const [file, f] of pkg.facts) {
      if (!sinkFiles.has(file) || isAuxiliary(file, 'runtime', pkg.execution)) continue;
      for (const c of f.calls) {
        if (!sinkScopes.has(`${file}\u0000${c.scope}`)) continue;
        if (!/^(builtins\.(input|raw_input)|getpass\.getpass|\?\.question|global\.prompt)$/.test(c.callee)) continue;
        const prompt = c.args.map((a) => a.value ?? '').join(' ');
        if (!SEED_PROMPT.test(prompt)) continue;
        const at = { file, line: c.line, vector: pkg.execution.vector(file, c.scope) };
        report('high', at, `asks for a wallet seed phrase or private key ("${prompt.slice(0, 60)}") in code that also talks to the network${exit}`, c.text);
      }
    }

    secretFileUploads(strings, secrets, sinks, report);
    collectedFileUploads(pkg.facts, sinks, (f, scope) => pkg.execution.vector(f, scope), report);
    walletSecretTheft(sinks, pkg.facts, sender, report);
    credentialsToOtherHosts(sinks, report);

    // The first collection endpoint named in each file (once per file, not once per sink).
    const drops = new Map<string, EndpointHit | undefined>();
    const dropIn = (file: string): EndpointHit | undefined => {
      if (!drops.has(file)) {
        let found: EndpointHit | undefined;
        for (let i = 0; i < strings.length && !found; i++) {
          const h = (strings[i] as (typeof strings)[number]).file === file ? endpointAt(i) : undefined;
          if (h && COLLECTORS.has(h.kind)) found = h;
        }
        drops.set(file, found);
      }
      return drops.get(file);
    };
    const recon = { pkg, events, sinks, collected, exit, report };
    machineRecon(recon);
    browserSessionTheft(pkg, sinks, report);
    leakingHooks(pkg, sinks, report);
    credentialApiTheft(sinks, collected, exit, report);
    calledRecon(recon, dropIn);

    return out;
  },
};
