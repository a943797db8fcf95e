import type { Finding, Severity } from '../../model/index.js';
import { assessCommand, type CommandLevel } from '../shared/commands.js';
import { assessWithScripts } from '../shared/scripts.js';
import { finding, type Detector, type PackageModel, type RuleMeta } from '../types.js';
import { hookCommands, INSTALL_SCRIPTS, nodeTarget, normalizeScriptPath, pythonTarget, splitScript } from './npm-scripts.js';
import { resolveJsPath } from './execution.js';
import { keyLine } from '../package/json-keys.js';
import { gypCommands } from './install-commands.js';
import { isBinaryExecutable } from '../shared/native-binary.js';

const meta: RuleMeta = {
  id: 'js/install-script',
  title: 'npm install script',
  vectors: ['install'],
  severity: 'critical',
  behaviors: ['command-execution'],
  techniques: [],
  summary:
    'preinstall, install, postinstall and prepare scripts, and the implicit `node-gyp rebuild` of a root binding.gyp (including gyp `<!(…)` command expansions and actions), which npm runs on install.',
  docs: `Lifecycle scripts are how most npm malware runs. Each command of a script is judged on its own:

- a shell one-liner that downloads and runs (also a download handed to an interpreter as its code:
  \`node -e "$(curl …)"\`, \`sh -c "$(wget -qO- …)"\`, \`bash <(curl …)\`, \`eval "$(curl …)"\`), beacons over DNS,
  opens a reverse shell, or contacts an exfiltration endpoint: **critical**; other suspicious commands (downloads, PowerShell, recon): **high**;
- \`node file.js\` and \`node -e '…'\`, \`python file.py\` and \`python -c '…'\`: **info** here — the file or inline
  code is analysed as install-time code by the \`code/*\` rules, which decide;
- build tools (\`node-gyp rebuild\`, \`prebuild-install\`, \`node-pre-gyp\`, \`husky\`, \`tsc\`, \`patch-package\`): **info**;
- a native executable shipped in the package (ELF, PE, Mach-O: \`"postinstall": "./bin/setup"\`): **high** — install-time
  code nobody can read;
- a program the rule does not know: **low**.`,
};

const SEVERITY: Record<CommandLevel, Severity> = { malicious: 'critical', suspicious: 'high', unknown: 'low', build: 'info' };
const KNOWN_TOOLS = /^(node-gyp-build|node-gyp-build-optional-packages|prebuildify|napi-postinstall|electron-rebuild|electron-builder|ngcc|esbuild|install-peers|playwright|cypress|puppeteer|sharp|nuxi|nuxt|svelte-kit|astro|prisma|lefthook|simple-git-hooks|is-ci|yarn|ts-patch|vsce|\.\/\S+|node_modules\/\S+)$/;

function judgeCommand(pkg: PackageModel, where: string, command: string): { severity: Severity; message: string } {
  const target = nodeTarget(splitScript(command)[0] ?? { text: command, program: '', written: '', args: [] });
  if (target?.inline !== undefined) {
    // `node -e "$(curl -s URL)"`: the inline code is a download, not code the package carries.
    const a = assessWithScripts(pkg, command);
    if (a.level === 'malicious') return { severity: 'critical', message: `${where} runs \`${command.slice(0, 200)}\`: ${a.reasons.join('; ')}` };
    return { severity: 'info', message: `${where} runs inline JavaScript (analysed as install-time code)` };
  }
  if (target?.file !== undefined) {
    const has = (p: string): boolean => pkg.contents.files.some((f) => f.path === p);
    const main = typeof pkg.npm?.json?.['main'] === 'string' ? (pkg.npm.json['main'] as string) : 'index.js';
    const spec = target.file === '.' || target.file === '' ? main : target.file;
    const found = resolveJsPath('', spec.startsWith('.') ? spec : `./${spec}`, has);
    return found
      ? { severity: 'info', message: `${where} runs ${found} with node (analysed as install-time code)` }
      : { severity: 'low', message: `${where} runs ${target.file}, which the package does not contain` };
  }
  const native = shippedNative(pkg, command);
  if (native) return { severity: 'high', message: `${where} runs ${native}, a native program shipped in the package: what it does at install time cannot be inspected` };
  const a = assessWithScripts(pkg, command);
  let level = a.level;
  if (level === 'unknown' && splitScript(command).every((c) => KNOWN_TOOLS.test(c.program))) level = 'build';
  const py = pythonTarget(splitScript(command)[0] ?? { text: command, program: '', written: '', args: [] });
  const pyFile = py?.file !== undefined && pkg.facts.get(py.file)?.language === 'python' ? py.file : undefined;
  if (level === 'unknown' && (py?.inline !== undefined || pyFile !== undefined)) {
    return { severity: 'info', message: `${where} runs ${pyFile ?? 'inline code'} with Python (analysed as install-time code)` };
  }
  return {
    severity: SEVERITY[level],
    message: `${where} runs \`${command.slice(0, 200)}\`${a.reasons.length > 0 ? `: ${a.reasons.join('; ')}` : ''}`,
  };
}

/** The first program of a script's commands that is a native executable of the package (`./bin/setup`). */
function shippedNative(pkg: PackageModel, command: string): string | undefined {
  for (const c of splitScript(command)) {
    if (!c.written.includes('/')) continue;
    const path = normalizeScriptPath(c.written);
    const file = pkg.contents.files.find((f) => f.path === path);
    if (file && isBinaryExecutable(path, file.data)) return path;
  }
  return undefined;
}

export const installScript: Detector = {
  meta,
  run(pkg) {
    const json = pkg.npm?.json;
    if (!json) return [];
    const raw = pkg.npm?.raw ?? '';
    const scripts = (json['scripts'] ?? {}) as Record<string, unknown>;
    const out: Finding[] = [];
    const push = (severity: Severity, message: string, file: string, line: number, snippet: string, evidence: string): void => {
      out.push(finding(meta, { severity, vector: 'install', message, file, line, snippet, evidence }));
    };
    for (const hook of INSTALL_SCRIPTS) {
      const script = scripts[hook];
      if (typeof script !== 'string') continue;
      const line = keyLine(raw, hook)?.line ?? 1;
      let worst: { severity: Severity; message: string } | undefined;
      // Commands of scripts it runs by name (`npm run setup`) count as its own.
      for (const cmd of hookCommands(scripts, hook)) {
        const j = judgeCommand(pkg, `the ${hook} script`, cmd.text);
        if (!worst || order(j.severity) > order(worst.severity)) worst = j;
      }
      const whole = judgeCommand(pkg, `the ${hook} script`, script);
      if (!worst || order(whole.severity) > order(worst.severity)) worst = whole;
      push(worst.severity, worst.message, 'package.json', line, `"${hook}": ${JSON.stringify(script)}`, script);
    }
    const gyp = pkg.text('binding.gyp');
    if (gyp !== undefined) {
      if (typeof scripts['install'] !== 'string' && typeof scripts['preinstall'] !== 'string') {
        push('info', 'binding.gyp at the root: npm runs `node-gyp rebuild` on install', 'binding.gyp', 1, '', 'node-gyp rebuild');
      }
      for (const g of gypCommands(gyp)) {
        const cmd = g.command;
        const where = g.written.startsWith('<!') ? 'a binding.gyp command expansion' : 'a binding.gyp action';
        const j = /^\s*(node|python3?)\s+(-p|-e|-c)\s/.test(cmd) && !assessCommand(cmd).reasons.length
          ? { severity: 'info' as Severity, message: `binding.gyp evaluates \`${cmd.slice(0, 120)}\` during node-gyp (analysed as install-time code)` }
          : judgeCommand(pkg, where, cmd);
        push(j.severity, j.message, 'binding.gyp', g.line, g.written.slice(0, 300), cmd);
      }
    }
    return out;
  },
};

function order(s: Severity): number {
  return ['info', 'low', 'medium', 'high', 'critical'].indexOf(s);
}
