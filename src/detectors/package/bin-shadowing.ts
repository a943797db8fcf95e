import type { Finding } from '../../model/index.js';
import { finding, type Detector, type RuleMeta } from '../types.js';
import { keyLine } from './json-keys.js';
import { redirectedInstallHost, shadowedCommand } from '../shared/system-commands.js';

const meta: RuleMeta = {
  id: 'pkg/bin-shadowing',
  title: 'bin entry shadows a system command',
  vectors: ['metadata'],
  severity: 'high',
  behaviors: ['command-execution'],
  techniques: [],
  summary:
    "package.json's `bin` installs an executable named like a common system or toolchain command (`node`, `npm`, `git`, `sudo`, `curl`, `python`, …), which then runs instead of the real one in npm scripts and wherever node_modules/.bin is on PATH.",
  docs: `npm links every \`bin\` entry into \`node_modules/.bin\`, which npm puts first on \`PATH\` when it runs scripts
([npm docs: bin](https://docs.npmjs.com/cli/v10/configuring-npm/package-json#bin)); global installs link into the
user's \`PATH\` itself. A dependency that ships a \`bin\` named \`git\`, \`node\` or \`sudo\` therefore replaces that
command for every later script — a quiet way to intercept credentials or run code on every build.

- a \`bin\` named like a system or toolchain command: **medium** (the name alone is a reason to look; what the
  file does is judged by the code rules);
- such a \`bin\` whose script points installs elsewhere (\`--registry=https://…\`, \`npm_config_registry\`, pip's
  \`--extra-index-url\`) at a host that is not the official registry: **high** (every install made through the
  shim comes from that host);
- left alone: the command's own package shipping it (\`npm\` ships \`npm\` and \`npx\`, \`yarn\` ships \`yarn\`,
  \`typescript\` ships \`tsc\`, \`corepack\` ships the \`yarn\` and \`pnpm\` shims), and every name not on the list.`,
};

export const binShadowing: Detector = {
  meta,
  run(pkg) {
    const raw = pkg.npm?.raw;
    const json = pkg.npm?.json;
    if (raw === undefined || json === undefined) return [];
    const name = typeof json['name'] === 'string' ? json['name'] : '';
    const bin = json['bin'];
    const binKey = keyLine(raw, 'bin');
    // `"bin": "cli.js"` installs one command named after the package (without its scope).
    const entries: Array<[string, number]> = [];
    if (typeof bin === 'string') entries.push([name.replace(/^@[^/]+\//, ''), binKey?.line ?? 1]);
    else if (bin && typeof bin === 'object' && !Array.isArray(bin)) {
      for (const key of Object.keys(bin)) entries.push([key, keyLine(raw, key, binKey?.offset ?? 0)?.line ?? binKey?.line ?? 1]);
    }
    const out: Finding[] = [];
    for (const [command, line] of entries) {
      // npm links `bin` keys by their last path segment and treats names case-insensitively on most systems.
      const base = shadowedCommand(command, 'npm', name);
      if (base === undefined) continue;
      const target = typeof bin === 'string' ? bin : (bin as Record<string, unknown>)[command];
      const host = typeof target === 'string' ? redirectedInstallHost(pkg.text(target.replace(/^\.\//, '')) ?? '') : undefined;
      out.push(
        finding(meta, {
          severity: host ? 'high' : 'medium',
          confidence: host ? 'high' : 'medium',
          vector: 'metadata',
          message: `package.json "bin" installs a command named "${command}", which shadows the ${base} command for npm scripts and anything run with node_modules/.bin on PATH${host ? `; its script sends installs to ${host}` : ''}`,
          file: 'package.json',
          line,
          snippet: raw.split('\n')[line - 1]?.trim() ?? '',
          evidence: `${command} → ${typeof bin === 'string' ? bin : String((bin as Record<string, unknown>)[command])}`,
        }),
      );
    }
    return out;
  },
};
