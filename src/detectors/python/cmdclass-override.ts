import type { Finding, Severity } from '../../model/index.js';
import { assessCommand } from '../shared/commands.js';
import type { CodeEvent } from '../shared/events.js';
import { commandOf, sourceLine } from '../shared/snippet.js';
import { finding, type Detector, type RuleMeta } from '../types.js';
import { isCommandClass } from './execution.js';
import { setupCalls } from './setup-call.js';

const meta: RuleMeta = {
  id: 'py/cmdclass-override',
  title: 'setup.py command override',
  vectors: ['install'],
  severity: 'high',
  behaviors: ['command-execution', 'code-execution'],
  techniques: [],
  summary:
    'setup.py replaces a setuptools command (install, develop, egg_info, build_py, build_ext, sdist, bdist_wheel, …) through cmdclass or subclassing; pip runs it while installing the sdist. The finding lists what its methods reach.',
  docs: `Two thirds of malicious PyPI packages attack at install time, and a \`cmdclass\` override of \`install\` or
\`develop\` is the classic hook. Overrides are also everyday build engineering: \`build_ext\` subclasses that
call the compiler, \`versioneer\`'s \`get_cmdclass()\`, \`sdist\` hooks that generate files. The rule therefore
reports the override with what its methods reach (through local helper functions):

- network access, commands that are not build tools, code executed from data: **high**;
- only build tools, file operations inside the build tree, or nothing notable: **info**.

The behaviour itself is reported in detail by the \`code/*\` rules; this rule ties it to the install hook.`,
};

function reaches(e: CodeEvent): string | undefined {
  if (e.capability === 'network' || e.capability === 'socket' || e.capability === 'dns') return `network (${e.callee})`;
  if (e.capability === 'shell' || e.capability === 'package-install') {
    const cmd = commandOf(e);
    const level = cmd ? assessCommand(cmd).level : 'unknown';
    return level === 'build' ? undefined : `command ${cmd ? `\`${cmd.slice(0, 80)}\`` : `(${e.callee})`}`;
  }
  if (e.capability === 'code-exec' && !e.refs.some((r) => /open|read/.test(r))) return `code execution (${e.callee})`;
  if (e.capability === 'registry' || e.capability === 'spy' || e.capability === 'crypto-unprotect') return `${e.capability} (${e.callee})`;
  return undefined;
}

export const cmdclassOverride: Detector = {
  meta,
  run(pkg) {
    const setup = pkg.facts.get('setup.py');
    if (!setup) return [];
    const named = new Set<string>();
    for (const call of setupCalls(setup)) {
      for (const [cmd, v] of Object.entries(call.kwargs['cmdclass']?.entries ?? {})) named.add(`${v.text}\u0000${cmd}`);
    }
    const out: Finding[] = [];
    for (const cls of setup.classes) {
      const command = [...named].find((n) => n.startsWith(`${cls.name}\u0000`))?.split('\u0000')[1];
      if (!command && !isCommandClass(cls)) continue;
      const events = pkg.events.events.filter(
        (e) => e.file === 'setup.py' && (e.scope.startsWith(`${cls.name}.`) || e.why?.startsWith(`${cls.name} is a setuptools`)),
      );
      const reached = [...new Set(events.map(reaches).filter((r): r is string => r !== undefined))];
      const severity: Severity = reached.length > 0 ? 'high' : 'info';
      const base = cls.bases.join(', ') || 'a command class';
      out.push(
        finding(meta, {
          severity,
          confidence: 'high',
          vector: 'install',
          behaviors: reached.length > 0 ? ['command-execution'] : [],
          message: `${cls.name} (${base}) overrides the ${command ?? 'setuptools'} command${reached.length > 0 ? `; pip runs it and it reaches ${reached.slice(0, 5).join(', ')}` : '; it reaches nothing beyond the build'}`,
          file: 'setup.py',
          line: cls.line,
          snippet: sourceLine(pkg, 'setup.py', cls.line),
          ...(reached.length > 0 ? { evidence: reached.join('\n') } : {}),
        }),
      );
    }
    return out;
  },
};
