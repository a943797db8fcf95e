/**
 * npm runs these scripts on `npm install` of a dependency (https://docs.npmjs.com/cli/using-npm/scripts).
 * `prepare` runs for git dependencies and local installs, not for registry tarballs, so it counts too:
 * an attacker who gets a git URL into a lockfile gets it run. The uninstall hooks run when npm removes or
 * replaces the package, which an update does, so they are install-time code too.
 */
export const INSTALL_SCRIPTS = ['preinstall', 'install', 'postinstall', 'prepare', 'preuninstall', 'uninstall', 'postuninstall'] as const;

export interface ScriptCommand {
  /** The whole segment, e.g. `node ./scripts/post.js --quiet`. */
  text: string;
  /** First word after env assignments and `npx`/`bunx`/`exec` wrappers, without its folder. */
  program: string;
  /** That word as written, folder included (`./bin/setup`). */
  written: string;
  args: string[];
}

/** Splits a script on shell separators (`&&`, `||`, `;`, `|`, `&`) and words, honouring quotes. */
export function splitScript(script: string): ScriptCommand[] {
  const segments: string[] = [];
  let cur = '';
  let quote: string | undefined;
  for (let i = 0; i < script.length; i++) {
    const c = script[i]!;
    if (quote) {
      cur += c;
      if (c === quote) quote = undefined;
      else if (c === '\\' && quote === '"' && i + 1 < script.length) cur += script[++i];
      continue;
    }
    if (c === '"' || c === "'") {
      quote = c;
      cur += c;
    } else if (c === ';' || c === '|' || c === '&' || c === '\n') {
      segments.push(cur);
      cur = '';
      while (script[i + 1] === '|' || script[i + 1] === '&') i++;
    } else cur += c;
  }
  segments.push(cur);
  return segments.map((s) => s.trim()).filter(Boolean).map(toCommand);
}

function words(segment: string): string[] {
  const out: string[] = [];
  const re = /"((?:\\.|[^"\\])*)"|'([^']*)'|(\S+)/g;
  for (let m = re.exec(segment); m; m = re.exec(segment)) out.push(m[1] ?? m[2] ?? m[3] ?? '');
  return out;
}

function toCommand(text: string): ScriptCommand {
  let w = words(text);
  while (w.length > 0 && /^[A-Za-z_][A-Za-z0-9_]*=/.test(w[0]!)) w = w.slice(1);
  while (w.length > 0 && ['npx', 'bunx', 'exec', 'env', 'sudo', 'nohup', 'time', 'command', 'cross-env', 'start', '/b'].includes(w[0]!)) {
    w = w.slice(1);
    while (w.length > 0 && (/^[A-Za-z_][A-Za-z0-9_]*=/.test(w[0]!) || w[0]!.startsWith('-'))) w = w.slice(1);
  }
  const written = w[0] ?? '';
  return { text, program: written.replace(/^.*[\\/]/, ''), written, args: w.slice(1) };
}

/**
 * The commands a lifecycle hook runs, with each command that runs another script of the package (`npm run
 * setup`, `npm run-script`, `npm start`/`test`, `yarn setup`, `pnpm run setup`, `bun run setup`, `run-s`/
 * `run-p`/`npm-run-all` names) replaced by that script's commands, recursively; each script expands once.
 */
export function hookCommands(scripts: Record<string, unknown>, hook: string): ScriptCommand[] {
  const out: ScriptCommand[] = [];
  const seen = new Set<string>();
  const expand = (name: string, depth: number): void => {
    const script = scripts[name];
    if (typeof script !== 'string' || seen.has(name) || depth > MAX_SCRIPT_DEPTH) return;
    seen.add(name);
    for (const cmd of splitScript(script)) {
      const named = scriptsRun(cmd).filter((n) => typeof scripts[n] === 'string');
      if (named.length === 0) out.push(cmd);
      for (const n of named) expand(n, depth + 1);
    }
  };
  expand(hook, 0);
  return out;
}

const MAX_SCRIPT_DEPTH = 5;

/** The package scripts a command runs by name. */
function scriptsRun(cmd: ScriptCommand): string[] {
  const args = cmd.args.filter((a) => !a.startsWith('-'));
  const [first, second] = args;
  switch (cmd.program) {
    case 'npm':
      if ((first === 'run' || first === 'run-script') && second) return [second];
      return first === 'start' || first === 'test' || first === 'stop' || first === 'restart' ? [first] : [];
    case 'yarn':
    case 'pnpm':
    case 'bun':
      if (first === 'run' && second) return [second];
      return first && cmd.program !== 'bun' ? [first] : [];
    case 'run-s':
    case 'run-p':
    case 'npm-run-all':
      return args;
    default:
      return [];
  }
}

/** For `node [flags] file` and `node -e code`: the file it runs, or the inline code. */
export function nodeTarget(cmd: ScriptCommand): { file?: string; inline?: string } | undefined {
  if (!/^(node|nodejs|node\.exe|bun|deno|ts-node|tsx)$/.test(cmd.program)) return undefined;
  for (let i = 0; i < cmd.args.length; i++) {
    const a = cmd.args[i]!;
    if (a === '-e' || a === '--eval' || a === '-p' || a === '--print') return { inline: cmd.args[i + 1] ?? '' };
    if (a === '-r' || a === '--require') {
      i++;
      continue;
    }
    // `deno run x.ts`, `bun run x.js` (a script of that name was already expanded by hookCommands).
    if (a === 'run' && (cmd.program === 'deno' || cmd.program === 'bun')) continue;
    if (a.startsWith('-')) continue;
    return { file: normalizeScriptPath(a) };
  }
  return undefined;
}

/**
 * For `python [flags] file.py` and `python -c code` in a lifecycle script: the Python file it runs, or the
 * inline code (an npm package can carry its install-time payload in Python); none for `python -m module`.
 */
export function pythonTarget(cmd: ScriptCommand): { file?: string; inline?: string } | undefined {
  if (!/^(python[\d.]*|pythonw|py)(\.exe)?$/i.test(cmd.program)) return undefined;
  for (let i = 0; i < cmd.args.length; i++) {
    const a = cmd.args[i]!;
    if (a === '-c') return { inline: cmd.args[i + 1] ?? '' };
    if (a === '-m') return undefined;
    if (a.startsWith('-')) continue;
    return { file: normalizeScriptPath(a) };
  }
  return undefined;
}

export function normalizeScriptPath(p: string): string {
  return p.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+/g, '/');
}
