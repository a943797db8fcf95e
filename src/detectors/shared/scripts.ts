import type { PackageModel } from '../types.js';
import { assessCommand, type CommandAssessment, type CommandLevel } from './commands.js';

const ORDER: CommandLevel[] = ['build', 'unknown', 'suspicious', 'malicious'];
const SCRIPT = /(?:^|[\s"'=/])((?:\.\/)?[\w./-]+\.(?:sh|bash|bat|cmd|ps1))\b|(?:^|\s)(\.\/[\w./-]+)/g;

/**
 * The text that code of `file` writes to `path` at run time (`open('/tmp/x.sh', 'w')` followed by
 * `.write(SCRIPT)` in the same function): a script dropped and then started is judged by what it says.
 */
function writtenScript(pkg: PackageModel, file: string, path: string): string | undefined {
  const calls = pkg.facts.get(file)?.calls ?? [];
  for (const open of calls) {
    if (!/^(builtins|io|codecs)\.open$/.test(open.callee) || open.args[0]?.value !== path || !/[wa]/.test(open.args[1]?.value ?? open.kwargs['mode']?.value ?? '')) continue;
    const write = calls.find((w) => w.scope === open.scope && w.line >= open.line && w.line <= open.line + 5 && /\.write$/.test(w.callee) && w.args[0]?.value);
    if (write) return write.args[0]?.value;
  }
  return undefined;
}

/**
 * A command judged together with the package's own shell, batch or PowerShell scripts that it runs
 * (`subprocess.call('./script.sh')`, `"preinstall": "sh setup.sh"`), or the script text the calling file
 * wrote to that path: their lines are what really executes.
 */
export function assessWithScripts(pkg: PackageModel, command: string, file?: string): CommandAssessment & { scripts: string[] } {
  const base = assessCommand(command);
  const scripts: string[] = [];
  for (const m of command.matchAll(SCRIPT)) {
    const written = m[1] ?? m[2] ?? '';
    const path = written.replace(/^\.\//, '');
    const text = path ? (pkg.text(path) ?? (file !== undefined ? writtenScript(pkg, file, written) : undefined)) : undefined;
    if (text === undefined || scripts.includes(path)) continue;
    scripts.push(path);
    const inner = assessCommand(text.slice(0, 100_000));
    if (ORDER.indexOf(inner.level) > ORDER.indexOf(base.level) && inner.level !== 'build') {
      base.level = inner.level;
      base.unmistakable ||= inner.unmistakable;
    }
    base.reasons.push(...inner.reasons.map((r) => `${path}: ${r}`));
    base.techniques.push(...inner.techniques.filter((t) => !base.techniques.includes(t)));
    base.downloads ||= inner.downloads;
    base.executesPayload ||= inner.executesPayload;
  }
  return { ...base, scripts };
}
