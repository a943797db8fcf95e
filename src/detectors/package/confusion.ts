/**
 * Dependency confusion (Alex Birsan, 2021, https://medium.com/@alex.birsan/dependency-confusion-4a5d60fec610):
 * a public package takes the name of a company's internal one, with a version high enough that the installer
 * prefers it. One detector looks at the version inside the artifact; two pure helpers serve the scan stage,
 * which knows the policy's internal names and where a version resolved.
 */
import { escapeRegExp } from '../shared/regexp.js';
import type { DeclaredRegistry, Finding } from '../../model/index.js';
import { finding, type Detector, type RuleMeta } from '../types.js';
import { popularIndex } from './popular.js';
import { nameLocation } from './typosquat.js';

const meta: RuleMeta = {
  id: 'pkg/confusion-version',
  title: 'Version number typical of dependency confusion',
  vectors: ['metadata'],
  severity: 'medium',
  behaviors: [],
  techniques: [],
  summary:
    "The package's own version has a vanity major number (99, 999, 9999, 1337, 10000, …) of the kind dependency-confusion packages use to win over an internal package's real version.",
  docs: `Installers pick the highest version across indexes. Dependency-confusion packages — proofs of concept and real
attacks alike — therefore publish \`99.10.1\`, \`9999.0.0\` or \`1337.0.0\`
([Birsan 2021](https://medium.com/@alex.birsan/dependency-confusion-4a5d60fec610)).

- a major that is a repeated digit of two or more digits from 99 up (\`99\`, \`999\`, \`7777\`), a hacker number
  (\`1337\`, \`31337\`, \`666\`), a round hundred/thousand (\`100\`, \`1000\`, \`10000\`), or any major of 1000 or more:
  **medium**;
- other majors of 100 or more (\`chromedriver\` 131, \`pywin32\` 308 follow a product's numbering), and any
  high major of a package in the bundled popularity lists (see pkg/typosquat): **low**.

Calendar versions are left alone: a major that reads as a year (1970–2100) or a date (\`20240101\`, \`202401\`).
The rule stays **medium** even when the package also has an install hook: the install-time rules judge the
hook on what it does, and the policy combines the two; the version alone is a hint, not proof.

The scan stage adds two related findings from repository context (see \`confusionFromPolicy\` and
\`shadowingFromRegistries\`): \`pkg/dependency-confusion\` (a package the policy marks internal resolved on a
public registry: **high**) and \`pkg/registry-shadowing\` (a private \`--extra-index-url\` beside public PyPI,
where pip takes the highest version from either index: **medium**).`,
};

const HACKER = new Set([1337, 31337, 666, 6666, 4444, 8888, 420, 69420]);

function yearOrDate(major: number): boolean {
  if (major >= 1970 && major <= 2100) return true;
  const s = String(major);
  const month = (m: string): boolean => Number(m) >= 1 && Number(m) <= 12;
  if (s.length === 6) return yearOrDate(Number(s.slice(0, 4))) && month(s.slice(4));
  if (s.length === 8) return yearOrDate(Number(s.slice(0, 4))) && month(s.slice(4, 6)) && Number(s.slice(6)) <= 31;
  return false;
}

/** How suspicious a version's major number is, or undefined for an ordinary version. */
export function confusionVersionLevel(version: string): 'medium' | 'low' | undefined {
  // The leading release segment: semver `MAJOR.`, PEP 440 `[N!]N.` (an epoch is skipped), optional `v`.
  const m = /^\s*v?(?:\d+!)?(\d+)/i.exec(version);
  if (!m) return undefined;
  const major = Number(m[1]);
  if (!Number.isSafeInteger(major) || major < 99 || yearOrDate(major)) return undefined;
  const s = String(major);
  if (/^(\d)\1+$/.test(s) || HACKER.has(major) || /^[1-9]0{2,}$/.test(s) || major >= 1000) return 'medium';
  return major >= 100 ? 'low' : undefined;
}

export const confusionVersion: Detector = {
  meta,
  run(pkg) {
    if (!pkg.version) return [];
    let level = confusionVersionLevel(pkg.version);
    if (!level) return [];
    // Confusion packages borrow internal names; a popular public package (\`googleapis\` 144) numbers as it likes.
    if (pkg.name && popularIndex(pkg.ecosystem).isKnown(pkg.name)) level = 'low';
    const where = nameLocation(pkg);
    const lines = (pkg.text(where.file) ?? '').split('\n');
    const re = pkg.ecosystem === 'npm' ? /^\s*"version"\s*:/ : /^Version:/;
    const i = lines.findIndex((l) => re.test(l));
    return [
      finding(meta, {
        severity: level,
        confidence: level === 'medium' ? 'medium' : 'low',
        vector: 'metadata',
        message: `version ${pkg.version} of "${pkg.name ?? '?'}" has a major number typical of dependency-confusion packages, which outbid an internal package's real version`,
        file: where.file,
        line: i + 1 || where.line,
        snippet: (lines[i] ?? '').trim(),
        evidence: pkg.version,
      }),
    ];
  },
};

/** Rules the scan stage reports with the helpers below; listed for `customs rules`, SARIF and policy keys. */
export const SCAN_STAGE_RULES: readonly RuleMeta[] = [
  {
    id: 'pkg/dependency-confusion',
    title: 'Internal package name resolved on a public registry',
    vectors: ['metadata'],
    severity: 'high',
    behaviors: [],
    techniques: [],
    summary: 'A dependency whose name the policy marks internal resolved on a public registry (PyPI, npmjs).',
    docs: `The policy lists internal name patterns (\`@acme/*\`, \`acme-*\`). When such a name resolves on a public registry, the
public package is at best a squatter and at worst the attack: **high**.`,
  },
  {
    id: 'pkg/registry-shadowing',
    title: 'Private index beside a public one',
    vectors: ['metadata'],
    severity: 'medium',
    behaviors: [],
    techniques: [],
    summary: 'pip is configured with a private --extra-index-url beside public PyPI (or the reverse).',
    docs: `pip treats every index alike and installs the highest version found on any of them
([pip docs](https://pip.pypa.io/en/stable/cli/pip_install/#finding-packages)), so anyone can shadow a private
package by publishing its name on PyPI. Use one index that proxies PyPI, or uv's \`index-strategy = "first-index"\`
with explicit \`[tool.uv.sources]\` pins: **medium**. Scoped npm registries (\`@acme:registry=\`) are safe and not flagged.`,
  },
];
const [CONFUSION_META, SHADOWING_META] = SCAN_STAGE_RULES as [RuleMeta, RuleMeta];

/** Glob-style match: `*` is any run of characters; names compare case-insensitively with separators unified. */
export function matchesInternal(name: string, pattern: string): boolean {
  const norm = (s: string): string => s.toLowerCase().replace(/[-_.]+/g, '-');
  const re = new RegExp(`^${norm(pattern).split('*').map(escapeRegExp).join('.*')}$`);
  return re.test(norm(name));
}

/**
 * A finding when `name` matches one of the policy's internal patterns and resolved on a public registry.
 * `at` is the manifest line that declares the dependency.
 */
export function confusionFromPolicy(
  name: string,
  internalPatterns: string[],
  resolvedOnPublic: boolean,
  at: { file: string; line: number } = { file: '', line: 0 },
): Finding | undefined {
  if (!resolvedOnPublic) return undefined;
  const pattern = internalPatterns.find((p) => matchesInternal(name, p));
  if (pattern === undefined) return undefined;
  return finding(CONFUSION_META, {
    severity: 'high',
    vector: 'metadata',
    message: `"${name}" matches the internal package pattern "${pattern}" but resolved on a public registry: a public package may be shadowing the internal one`,
    file: at.file,
    line: at.line,
    snippet: name,
    evidence: pattern,
  });
}

const PUBLIC_HOSTS = /^(?:pypi\.org|pypi\.python\.org|files\.pythonhosted\.org|registry\.npmjs\.org|registry\.yarnpkg\.com)$/i;

/** True for the public registries themselves (credentials and paths ignored). */
export function isPublicRegistry(url: string): boolean {
  try {
    return PUBLIC_HOSTS.test(new URL(url).hostname);
  } catch {
    return false;
  }
}

/** Strips credentials from a URL for messages: tokens never appear in output. */
export function redact(url: string): string {
  try {
    const u = new URL(url);
    u.username = '';
    u.password = '';
    return u.toString();
  } catch {
    return url.replace(/\/\/[^@/]*@/, '//');
  }
}

/**
 * Findings for unscoped index setups that mix public and private indexes: pip's `--extra-index-url` (and
 * equivalents) beside public PyPI. Without a primary index the default (public PyPI) is assumed.
 */
export function shadowingFromRegistries(registries: DeclaredRegistry[]): Finding[] {
  const unscoped = registries.filter((r) => r.scope === undefined);
  const extras = unscoped.filter((r) => r.role === 'extra');
  if (extras.length === 0) return [];
  const primaries = unscoped.filter((r) => r.role === 'primary');
  const primaryPublic = primaries.length === 0 || primaries.some((r) => isPublicRegistry(r.url));
  const primaryPrivate = primaries.some((r) => !isPublicRegistry(r.url));
  const out: Finding[] = [];
  for (const extra of extras) {
    const extraPublic = isPublicRegistry(extra.url);
    // Private extra beside public primary, or public extra beside private primary: both let PyPI win.
    if (extraPublic ? !primaryPrivate : !primaryPublic) continue;
    const url = redact(extra.url);
    out.push(
      finding(SHADOWING_META, {
        severity: 'medium',
        vector: 'metadata',
        message: extraPublic
          ? `${extra.source.file} adds public index ${url} beside a private one: a public package can shadow a private one of the same name`
          : `${extra.source.file} adds private index ${url} beside public PyPI: a public package can shadow a private one of the same name (pip takes the highest version from any index)`,
        file: extra.source.file,
        line: extra.source.line,
        snippet: `--extra-index-url ${url}`,
        evidence: url,
      }),
    );
  }
  return out;
}
