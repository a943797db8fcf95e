import type { Finding, Severity } from '../../model/index.js';
import { BUILD_FILE, buildFileCommands, type BuildFileCommand } from '../shared/build-files.js';
import { assessCommand, type CommandAssessment } from '../shared/commands.js';
import { finding, type Detector, type RuleMeta } from '../types.js';

const meta: RuleMeta = {
  id: 'code/build-file-command',
  title: 'Native build file runs a suspicious command',
  vectors: ['install'],
  severity: 'critical',
  behaviors: ['command-execution'],
  techniques: [],
  summary:
    "Commands in CMake and Meson build files (`execute_process`, custom commands, `file(DOWNLOAD)`, `run_command`, custom and run targets), which run while pip builds the sdist with scikit-build, meson-python or a setup.py that calls CMake, or while cmake-js builds an npm package's addon.",
  docs: `A native build is install-time code in another language: CMake runs \`execute_process\` while it configures,
Meson runs \`run_command\` during setup, and both run custom commands while they build. Each command is judged
as a shell command is:

- one that downloads and runs, pipes into a shell, runs an encoded PowerShell script, opens a reverse shell,
  writes persistence or contacts an exfiltration endpoint: **critical**;
- other suspicious commands (starting a script or an executable, PowerShell, a plain download): **low**, as
  context: build files do these every day (CMake's own modules start \`.bat\` and \`.exe\` helpers);
- \`file(DOWNLOAD …)\` from an exfiltration-type host (raw IP, paste site, tunnel, file drop): **high**;
- compilers, code generators, \`git describe\` and commands the rule does not know: no finding (the code they
  run, when it is the package's, is analysed by the other rules).`,
};

/**
 * What a command's assessment means in a build file. Starting scripts and executables, PowerShell and
 * downloads are what build files do (CMake's own modules start \`.bat\` and \`.exe\` helpers): only context.
 */
function severityOf(c: BuildFileCommand, a: CommandAssessment): Severity | undefined {
  if (c.download) return a.level === 'malicious' ? 'high' : undefined;
  if (a.level === 'malicious') return 'critical';
  return a.level === 'suspicious' ? 'low' : undefined;
}

export const buildFileCommand: Detector = {
  meta,
  run(pkg) {
    const out: Finding[] = [];
    for (const file of pkg.contents.files) {
      if (!BUILD_FILE.test(file.path)) continue;
      const text = pkg.text(file.path);
      if (text === undefined) continue;
      const tool = file.path.endsWith('meson.build') ? 'Meson' : 'CMake';
      for (const c of buildFileCommands(file.path, text)) {
        const a = assessCommand(c.command);
        const severity = severityOf(c, a);
        if (severity === undefined) continue;
        const what = c.download ? `downloads ${c.command.split(' ').pop() ?? ''}` : `runs \`${c.command.slice(0, 200)}\``;
        out.push(
          finding(meta, {
            severity,
            vector: 'install',
            techniques: a.techniques,
            message: `${file.path} ${what} when ${tool} builds the package${a.reasons.length > 0 ? `: ${a.reasons.join('; ')}` : ''}`,
            file: file.path,
            line: c.line,
            snippet: c.written,
            evidence: c.command,
          }),
        );
      }
    }
    return out;
  },
};
