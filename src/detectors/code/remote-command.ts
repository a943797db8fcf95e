import type { CodeEvent } from '../shared/events.js';
import type { PackageModel } from '../types.js';

/**
 * A command that comes from the network, also when the response is handed to a local helper that runs its
 * argument (`cmd = requests.get(c2).text; output = run(cmd)` with `def run(v): subprocess.run(v, shell=True)`),
 * and whether the fetch sits in a polling loop (`while True:` … fetch, run, sleep): a remote operator's shell.
 */
export interface RemoteCommand {
  /** The call that hands the response over, or the shell call itself. */
  via?: { line: number; scope: string };
  polling: boolean;
}

const BARE = /^[A-Za-z_]\w*$/;
const LOOP = /^\s*while\s+(True|1)\s*:/m;

function inPollingLoop(pkg: PackageModel, file: string, scope: string): boolean {
  const fn = pkg.facts.get(file)?.functions.find((f) => f.name === scope);
  const text = pkg.text(file);
  if (!fn || text === undefined) return false;
  const lines = text.split('\n', fn.endLine).slice(fn.line - 1, fn.endLine);
  return LOOP.test(lines.join('\n'));
}

/**
 * For a shell call whose whole command is a bare name (a parameter of its function): a call of that
 * function elsewhere in the file whose arguments come from a network response.
 */
export function remoteCommand(pkg: PackageModel, e: CodeEvent, fromRemote: (ref: string) => boolean): RemoteCommand | undefined {
  if (e.refs.some(fromRemote)) return { polling: e.language === 'python' && inPollingLoop(pkg, e.file, e.scope) };
  if (e.language !== 'python') return undefined;
  const first = e.call?.args[0];
  if (!first || first.value !== undefined || !BARE.test(first.text) || first.refs.length > 0) return undefined;
  const caller = pkg.facts.get(e.file)?.calls.find((c) => c.callee === `local.${e.scope}` && c.args.some((a) => a.refs.some(fromRemote)));
  if (!caller) return undefined;
  return { via: { line: caller.line, scope: caller.scope }, polling: inPollingLoop(pkg, e.file, caller.scope) };
}
