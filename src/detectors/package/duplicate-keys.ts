import type { Finding, Severity } from '../../model/index.js';
import { INSTALL_SCRIPTS } from '../javascript/npm-scripts.js';
import { finding, type Detector, type RuleMeta } from '../types.js';
import { duplicateKeys } from './json-keys.js';

const meta: RuleMeta = {
  id: 'pkg/duplicate-keys',
  title: 'Duplicate keys in package.json',
  vectors: ['metadata', 'install'],
  severity: 'critical',
  behaviors: ['command-execution'],
  techniques: ['obfuscation'],
  summary:
    'package.json repeats a key in one object. npm keeps the last value, so a reviewer (or a tool) reading the first sees something else than what runs — a classic way to hide an install script.',
  docs: `JSON parsers keep the last of duplicate keys. A second \`scripts\` object, or a second \`postinstall\`
inside \`scripts\`, makes the visible value a decoy.

- duplicates that change what runs on install (\`scripts\` or one of its install hooks, \`gypfile\`,
  \`dependencies\`): **critical** when an install hook is involved, **high** otherwise;
- entry points (\`main\`, \`exports\`, \`bin\`): **low**. The decoy misleads a reader, not the inspection:
  Customs judges the file npm actually loads (the last value) as import-time code, and bin-shadowing reads
  the last \`bin\` too. Old manifests repeat \`main\` by mistake (a second \`"main": "src/index.js"\`);
- other duplicates: **low** (sloppy, not dangerous).`,
};

const HOOKS = new Set<string>(INSTALL_SCRIPTS);
const SENSITIVE = new Set(['scripts', 'dependencies', 'optionalDependencies', 'gypfile']);

export const duplicateKeysRule: Detector = {
  meta,
  run(pkg) {
    const raw = pkg.npm?.raw;
    if (raw === undefined) return [];
    const out: Finding[] = [];
    for (const d of duplicateKeys(raw)) {
      const installHook =
        (d.path === 'scripts' && HOOKS.has(d.key)) ||
        (d.path === '' && d.key === 'scripts' && INSTALL_SCRIPTS.some((h) => new RegExp(`"${h}"\\s*:`).test(raw)));
      const sensitive = installHook || (d.path === '' && SENSITIVE.has(d.key)) || d.path === 'scripts';
      const severity: Severity = installHook ? 'critical' : sensitive ? 'high' : 'low';
      const where = d.path ? `${d.path}.${d.key}` : d.key;
      out.push(
        finding(meta, {
          severity,
          vector: installHook ? 'install' : 'metadata',
          message: `package.json defines "${where}" ${d.lines.length} times (lines ${d.lines.join(', ')}); npm uses the last one`,
          file: 'package.json',
          line: d.lines[d.lines.length - 1] ?? 1,
          snippet: raw.split('\n')[(d.lines[d.lines.length - 1] ?? 1) - 1]?.trim() ?? '',
        }),
      );
    }
    return out;
  },
};
