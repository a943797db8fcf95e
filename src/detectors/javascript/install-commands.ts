import { hookCommands, INSTALL_SCRIPTS, splitScript, type ScriptCommand } from './npm-scripts.js';

/** The commands one source of install-time code runs: a lifecycle hook, or one command of binding.gyp. */
export interface InstallSource {
  /** Who runs them, for messages: `the postinstall script`, `binding.gyp (line 7)`. */
  who: string;
  /** What was written there. */
  text: string;
  cmds: ScriptCommand[];
  /** Where inline JavaScript (`node -e`) and inline Python (`python -c`) of these commands are analysed. */
  jsPath: string;
  pyPath: string;
}

/** Where the inline code of a lifecycle hook is analysed. */
export function inlineScriptPath(hook: string): string {
  return `package.json#scripts.${hook}`;
}

/** Where the inline Python of a lifecycle hook (`python -c '…'`) is analysed. */
export function inlinePythonPath(hook: string): string {
  return `package.json#scripts.${hook}.py`;
}

/**
 * Everything npm runs on install: the lifecycle hooks, and the commands of a root binding.gyp, which
 * `node-gyp rebuild` runs (npm's implicit install script, or the package's own): its command expansions
 * `<!(cmd)`/`<!@(cmd)`, evaluated while gyp reads the file, and its actions.
 */
export function installSources(scripts: Record<string, unknown>, gyp: string | undefined): InstallSource[] {
  const out: InstallSource[] = [];
  for (const hook of INSTALL_SCRIPTS) {
    const script = scripts[hook];
    if (typeof script !== 'string') continue;
    out.push({ who: `the ${hook} script`, text: script, cmds: hookCommands(scripts, hook), jsPath: inlineScriptPath(hook), pyPath: inlinePythonPath(hook) });
  }
  for (const g of gyp === undefined ? [] : gypCommands(gyp)) {
    const at = `binding.gyp#L${g.line}`;
    out.push({ who: `binding.gyp (line ${g.line})`, text: g.command, cmds: splitScript(g.command), jsPath: at, pyPath: `${at}.py` });
  }
  return out;
}

/** The start of a command expansion, `<!(cmd)` or `<!@(cmd)`. */
const EXPANSION_START = /<!@?\(/g;
/** Longer expansions are not read (a command is a line or two). */
const MAX_EXPANSION = 4096;

/** The offset of the parenthesis that closes the one before `open` (`require('x').y()` inside counts). */
function closingParen(text: string, open: number): number | undefined {
  let depth = 1;
  for (let i = open; i < text.length && i < open + MAX_EXPANSION; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
    else if (c === '\n') return undefined;
  }
  return undefined;
}
const ACTION = /(['"])action\1\s*:\s*\[([^\]]*)\]/g;
const ITEM = /(['"])((?:\\.|(?!\1)[^\\])*)\1/g;

/** The commands of a binding.gyp with their lines: expansions as written, actions as their words. */
export function gypCommands(gyp: string): Array<{ command: string; line: number; index: number; written: string }> {
  const out: Array<{ command: string; line: number; index: number; written: string }> = [];
  const lineAt = (i: number): number => gyp.slice(0, i).split('\n').length;
  for (const m of gyp.matchAll(EXPANSION_START)) {
    const open = m.index + m[0].length;
    const close = closingParen(gyp, open);
    if (close === undefined) continue;
    // An expansion sits inside a string literal of the file: `\"` there is a quote of the command.
    const command = gyp.slice(open, close).replace(/\\(["'\\])/g, '$1');
    out.push({ command, line: lineAt(m.index), index: m.index, written: gyp.slice(m.index, close + 1) });
  }
  for (const m of gyp.matchAll(ACTION)) {
    const words = [...(m[2] ?? '').matchAll(ITEM)].map((w) => (w[2] ?? '').replace(/\\(.)/g, '$1'));
    // `['sh', '-c', 'cmd']` runs `cmd`; other actions run their words.
    const shell = /^(ba|da|z)?sh$/.test(words[0] ?? '') && words[1] === '-c';
    const command = shell ? (words[2] ?? '') : words.map((w) => (/\s/.test(w) ? JSON.stringify(w) : w)).join(' ');
    if (command) out.push({ command, line: lineAt(m.index), index: m.index, written: m[0] });
  }
  return out.sort((a, b) => a.index - b.index);
}
