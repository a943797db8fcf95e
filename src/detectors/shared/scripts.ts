import type { PackageModel } from '../types.js';
import { assessCommand, type CommandAssessment, type CommandLevel } from './commands.js';

const ORDER: CommandLevel[] = ['build', 'unknown', 'suspicious', 'malicious'];
const SCRIPT = /(?:^|[\s"'=/])((?:\.\/)?[\w./-]+\.(?:sh|bash|bat|cmd|ps1))\b|(?:^|\s)(\.\/[\w./-]+)/g;

/**
 * A command judged together with the package's own shell, batch or PowerShell scripts that it runs
 * (`subprocess.call('./script.sh')`, `"preinstall": "sh setup.sh"`): their lines are what really executes.
 */
export function assessWithScripts(pkg: PackageModel, command: string): CommandAssessment & { scripts: string[] } {
  const base = assessCommand(command);
  const scripts: string[] = [];
  for (const m of command.matchAll(SCRIPT)) {
    const path = (m[1] ?? m[2] ?? '').replace(/^\.\//, '');
    const text = path ? pkg.text(path) : undefined;
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
