import type { PackageModel } from '../types.js';
import { assessCommand, type CommandAssessment, type CommandLevel } from './commands.js';

const ORDER: CommandLevel[] = ['build', 'unknown', 'suspicious', 'malicious'];
const SCRIPT = /(?:^|[\s"'=/])((?:\.\/)?[\w./-]+\.(?:sh|bash|bat|cmd|ps1))\b|(?:^|\s)(\.\/[\w./-]+)/g;

/**
 * The text that code of `file` writes to a path at run time (`open('/tmp/x.sh', 'w')` followed by
 * `.write(SCRIPT)` in the same function): a script dropped and then started is judged by what it says. The
 * path is a literal, or a variable of the starting function (`open(f, 'w').write(c)` … `['powershell', '-F', f]`).
 */
function writtenScript(pkg: PackageModel, file: string, path: { value: string } | { name: string; scope: string }): string | undefined {
  const calls = pkg.facts.get(file)?.calls ?? [];
  for (const open of calls) {
    if (!/^(builtins|io|codecs)\.open$/.test(open.callee) || !/[wa]/.test(open.args[1]?.value ?? open.kwargs['mode']?.value ?? '')) continue;
    if ('value' in path ? open.args[0]?.value !== path.value : open.scope !== path.scope || open.args[0]?.text !== path.name) continue;
    const write = calls.find((w) => w.scope === open.scope && w.line >= open.line && w.line <= open.line + 5 && /\.write$/.test(w.callee) && w.args[0]?.value);
    if (write) return write.args[0]?.value;
  }
  return undefined;
}

/**
 * A command judged together with the package's own shell, batch or PowerShell scripts that it runs
 * (`subprocess.call('./script.sh')`, `"preinstall": "sh setup.sh"`), or the script text the calling file
 * wrote to that path (`written`: the starting call's scope and the variables it passes): their lines are
 * what really executes.
 */
export function assessWithScripts(
  pkg: PackageModel,
  command: string,
  file?: string,
  written?: { scope: string; names: string[] },
): CommandAssessment & { scripts: string[] } {
  const base = assessCommand(command);
  const scripts: string[] = [];
  const merge = (path: string, text: string): void => {
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
  };
  for (const m of command.matchAll(SCRIPT)) {
    const literal = m[1] ?? m[2] ?? '';
    const path = literal.replace(/^\.\//, '');
    const text = path ? (pkg.text(path) ?? (file !== undefined ? writtenScript(pkg, file, { value: literal }) : undefined)) : undefined;
    if (text !== undefined && !scripts.includes(path)) merge(path, text);
  }
  if (file !== undefined && written) {
    for (const name of written.names) {
      const text = writtenScript(pkg, file, { name, scope: written.scope });
      if (text !== undefined && !scripts.includes(name)) merge(`the script written to ${name}`, text);
    }
  }
  return { ...base, scripts };
}
