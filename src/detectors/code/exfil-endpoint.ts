import type { Finding, Severity } from '../../model/index.js';
import { endpointIn } from '../shared/indicators.js';
import { isAuxiliary } from '../shared/scope-filter.js';
import { sourceLine, when } from '../shared/snippet.js';
import { finding, type Detector, type RuleMeta } from '../types.js';

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

- in code that runs at install or import time: **high**;
- in code that only runs when called: **low** (the other rules decide whether the code around it steals or
  runs payloads).

Hosts are matched by category (for example any \`*.pipedream.net\` request catcher), never by a sample's address.`,
};

export const exfilEndpoint: Detector = {
  meta,
  run(pkg) {
    const out: Finding[] = [];
    const seen = new Set<string>();
    for (const s of pkg.events.strings) {
      if (isAuxiliary(s.file, s.vector)) continue;
      const hit = endpointIn(s.value);
      if (!hit) continue;
      const key = `${s.file}:${s.line}:${hit.match}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const severity: Severity = s.vector === 'install' || s.vector === 'import' ? 'high' : 'low';
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
    return out;
  },
};
