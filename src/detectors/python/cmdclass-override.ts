import type { Finding, Severity } from '../../model/index.js';
import { assessCommand } from '../shared/commands.js';
import type { CodeEvent } from '../shared/events.js';
import { sendsOnlyUrl } from '../shared/outbound.js';
import { fromReleaseHost } from '../shared/release-host.js';
import { commandOf, sourceLine } from '../shared/snippet.js';
import { finding, type Detector, type RuleMeta } from '../types.js';
import { installCommandClasses } from './execution.js';

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

- network access (other than HTTP to the project's own release host: GitHub release assets, its homepage,
  PyPI), commands the command rules find suspicious or that are built at run time, code executed from data:
  **high**;
- literal commands that are neither build tools nor suspicious (\`jupyter nbextension enable\`, a data
  downloader module), or a prebuilt binary fetched from the project's release host: **medium**;
- only build tools, file operations inside the build tree, or nothing notable: **info**.

The behaviour itself is reported in detail by the \`code/*\` rules; this rule ties it to the install hook.`,
};

interface Reached {
  what: string;
  /** A command nobody can vouch for (`jupyter nbextension enable`, `python -m nltk.downloader`): worth a look, not a failed gate. */
  plain?: boolean;
}

/**
 * Every word written out, except possibly the interpreter (`sys.executable -m nltk.downloader punkt`), and the
 * program a tool found on PATH by name (`jupyter`), not a file the package ships or dropped (`./agent`, `/tmp/x`).
 */
function literalCommand(cmd: string): boolean {
  const words = cmd.split(/\s+/);
  const program = words[0] ?? '';
  return words.length >= 2 && (program === '…' || /^[\w.+-]+$/.test(program)) && words.slice(1).every((w) => !w.includes('…'));
}

function reaches(e: CodeEvent, releaseHostsOnly: boolean): Reached | undefined {
  // A download from the project's own release host (GitHub release assets, its homepage, PyPI) only: a build
  // fetching its prebuilt binary, which code/network-at-install reports (medium). Anything posted there (a gist
  // is a GitHub URL too), a socket or a DNS lookup stays high.
  if (e.capability === 'network') return { what: `network (${e.callee})`, plain: releaseHostsOnly && sendsOnlyUrl(e) };
  if (e.capability === 'socket' || e.capability === 'dns') return { what: `network (${e.callee})` };
  if (e.capability === 'shell' || e.capability === 'package-install') {
    const cmd = commandOf(e);
    const level = cmd ? assessCommand(cmd).level : 'unknown';
    if (level === 'build') return undefined;
    // A literal command the command rules find nothing wrong with; one built at run time stays high.
    // Written out in the source: a command decoded or assembled by a call (`os.system(b64d('…'))`) was hidden.
    const written = e.decoded === undefined && !(e.call?.args[0]?.text ?? '(').includes('(');
    return { what: `command ${cmd ? `\`${cmd.slice(0, 80)}\`` : `(${e.callee})`}`, plain: level === 'unknown' && written && cmd !== undefined && literalCommand(cmd) };
  }
  if (e.capability === 'code-exec' && !e.refs.some((r) => /open|read/.test(r))) return { what: `code execution (${e.callee})` };
  if (e.capability === 'registry' || e.capability === 'spy' || e.capability === 'crypto-unprotect') return { what: `${e.capability} (${e.callee})` };
  return undefined;
}

export const cmdclassOverride: Detector = {
  meta,
  run(pkg) {
    const setup = pkg.facts.get('setup.py');
    if (!setup) return [];
    const out: Finding[] = [];
    const releaseHostsOnly = fromReleaseHost(pkg, 'setup.py');
    for (const [cls, command] of installCommandClasses(setup)) {
      const events = pkg.events.events.filter(
        (e) => e.file === 'setup.py' && (e.scope.startsWith(`${cls.name}.`) || e.why?.startsWith(`${cls.name} is a setuptools`)),
      );
      const found = events.map((e) => reaches(e, releaseHostsOnly)).filter((r): r is Reached => r !== undefined);
      const reached = [...new Set(found.map((r) => r.what))];
      const severity: Severity = found.some((r) => !r.plain) ? 'high' : reached.length > 0 ? 'medium' : 'info';
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
