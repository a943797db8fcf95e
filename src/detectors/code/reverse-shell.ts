import type { Finding } from '../../model/index.js';
import { assessCommand } from '../shared/commands.js';
import { commandServers } from './command-server.js';
import { byScope, commandOf, eventSnippet, when } from '../shared/snippet.js';
import type { CodeEvent } from '../shared/events.js';
import { finding, type Detector, type RuleMeta } from '../types.js';

const meta: RuleMeta = {
  id: 'code/reverse-shell',
  title: 'Reverse shell',
  vectors: ['install', 'import', 'runtime'],
  severity: 'critical',
  behaviors: ['remote-control', 'command-execution'],
  techniques: [],
  summary:
    'A socket connected out and wired to a shell: os.dup2 of a socket onto stdin/stdout with a shell or pty.spawn, a Node net.Socket piped into a spawned shell, or shell one-liners (/dev/tcp, nc -e, mkfifo); or a server started at install or import time that runs the commands it receives.',
  docs: `A reverse shell gives a remote operator a command line on the developer's or CI machine. The rule looks
for the combination inside one function or module body — a socket that connects, file descriptors rebound
(\`os.dup2\`), a child process given the socket's descriptor as its streams (\`stdin=s.fileno()\`) or piped to
the socket, and a shell — or a command line that
is a known reverse-shell form. **Critical** at install or import time, **high** otherwise. A socket alone, or
a shell alone, is not reported here.

Its listening twin, a bind shell or command server, is reported too: code run at install or import time
that starts a server (\`http.createServer\`, \`net.createServer\`, a socket that binds or listens) and, in the
same file, runs a command read from what arrives (\`exec(q.cmd)\`, \`check_output(conn.recv(1024), shell=True)\`):
**critical**.`,
};

const STREAM_FROM_FD = /\bstd(in|out|err)\s*=\s*[\w.[\]]+\.fileno\(\s*\)/;
const SHELL_PATH = /(^|\/)(ba|z|da|k|c)?sh\b|cmd(\.exe)?\b|powershell/i;

/**
 * A JavaScript program argument that picks a shell per platform or from the environment:
 * `spawn(process.platform === 'win32' ? 'cmd.exe' : '/bin/sh')`, `spawn(process.env.SHELL || '/bin/sh')`.
 */
function chosenShell(e: CodeEvent): boolean {
  const program = e.language === 'javascript' ? e.call?.args[0] : undefined;
  if (!program || program.value !== undefined || !/[?|]/.test(program.text)) return false;
  return [...program.text.matchAll(/(['"`])([^'"`]{1,60})\1/g)].some((m) => SHELL_PATH.test(m[2] as string));
}

export const reverseShell: Detector = {
  meta,
  run(pkg) {
    const out: Finding[] = [];
    for (const group of byScope(pkg.events.events).values()) {
      const socket = group.find((e) => e.capability === 'socket' || (e.capability === 'network' && /connect|Socket/.test(e.callee)));
      const dup = group.find((e) => e.capability === 'dup2');
      const shell = group.find((e) => e.capability === 'shell' && (SHELL_PATH.test(e.values.join(' ')) || chosenShell(e) || /pty\.spawn/.test(e.callee)));
      // `Popen(['/bin/sh', '-i'], stdin=s.fileno(), stdout=s.fileno())` wires the socket without os.dup2.
      const wired = shell !== undefined && shell.language === 'python' && STREAM_FROM_FD.test(shell.text);
      const hit = socket && shell && (dup || wired || shell.language === 'javascript' || /pty\.spawn/.test(shell.callee)) ? shell : undefined;
      if (hit && socket) {
        const early = hit.vector === 'install' || hit.vector === 'import';
        out.push(
          finding(meta, {
            severity: early ? 'critical' : 'high',
            vector: hit.vector,
            message: `connects a socket (${socket.callee}) and hands it a shell (${hit.callee}${dup ? ', os.dup2' : ''}) ${when(hit)}`,
            file: hit.file,
            line: hit.line,
            snippet: eventSnippet(pkg, hit),
            evidence: [socket.text, dup?.text, hit.text].filter(Boolean).join('\n'),
          }),
        );
        continue;
      }
      for (const e of group) {
        if (e.capability !== 'shell') continue;
        const cmd = commandOf(e);
        if (!cmd || !assessCommand(cmd).reasons.includes('opens a reverse shell')) continue;
        const early = e.vector === 'install' || e.vector === 'import';
        out.push(
          finding(meta, {
            severity: early ? 'critical' : 'high',
            vector: e.vector,
            message: `runs a reverse-shell command ${when(e)}`,
            file: e.file,
            line: e.line,
            snippet: eventSnippet(pkg, e),
            evidence: cmd,
          }),
        );
      }
    }
    for (const { server, shell } of commandServers(pkg.events)) {
      out.push(
        finding(meta, {
          severity: 'critical',
          vector: shell.vector,
          message: `starts a server (${server.callee}) and runs commands it receives (${shell.callee}) ${when(shell)}`,
          file: shell.file,
          line: shell.line,
          snippet: eventSnippet(pkg, shell),
          evidence: [server.text, shell.text].join('\n'),
        }),
      );
    }
    return out;
  },
};
