import type { CodeEvent, PackageEvents } from '../shared/events.js';

/**
 * A backdoor that listens instead of calling out: code run while the package installs or loads starts a
 * server (`http.createServer`, `net.createServer`, a socket that binds or listens) and, in the same file,
 * runs a command taken from what arrives (`exec(q.cmd)`, `check_output(conn.recv(1024), shell=True)`).
 */
export interface CommandServer {
  server: CodeEvent;
  shell: CodeEvent;
}

const SERVER = /^(https?|http2|net|tls)\.(createServer|createSecureServer|Server)$|^socket\.socket\.(bind|listen)$|^(http\.server|socketserver)\.\w*Server$|^\?\.(bind|listen)$/;
/** The command argument reads request or socket data, not a constant or a configured path. */
const RECEIVED = /\b(req|request|query|body|params|recv\w*|payload|message|msg|data|cmd|command)\b|url\.parse|querystring|URLSearchParams/;

const early = (e: CodeEvent): boolean => e.vector === 'install' || e.vector === 'import';

export function commandServers(events: PackageEvents): CommandServer[] {
  const out: CommandServer[] = [];
  for (const list of events.byFile.values()) {
    const server = list.find((e) => early(e) && SERVER.test(e.callee) && (e.capability === 'network' || e.capability === 'socket'));
    if (!server) continue;
    const shell = list.find((e) => {
      if (e.capability !== 'shell' || !early(e)) return false;
      const command = e.call?.args[0] ?? e.call?.kwargs['args'];
      return command !== undefined && command.value === undefined && RECEIVED.test(`${command.text} ${command.refs.join(' ')}`);
    });
    if (shell) out.push({ server, shell });
  }
  return out;
}
