/**
 * Registry-metadata signals (issue 6 item 4): facts about a package version that are not in its code —
 * how new the project is, who publishes it, where its source lives. None of them alone is evidence of an
 * attack, so every rule here tops out at `medium` and the default policy (`fail-on: high`) never fails a
 * package on metadata alone; the policy combines them with the code rules.
 * Inputs come from `ResolvedPackage.metadata` (src/model/dependencies.ts), which lists in `unavailable`
 * the fields a registry could not supply; those signals are reported as unavailable, never skipped in silence.
 */
import { compare as pep440Compare, valid as pep440Valid } from '@renovatebot/pep440';
import semver from 'semver';
import type { ResolvedPackage } from '../../model/dependencies.js';
import type { Finding, Severity } from '../../model/finding.js';
import { finding, type RuleMeta } from '../types.js';

const rule = (id: string, title: string, severity: Severity, summary: string, docs: string): RuleMeta => ({
  id,
  title,
  vectors: ['metadata'],
  severity,
  behaviors: [],
  techniques: [],
  summary,
  docs,
});

const COMBINE = `Metadata alone never fails the default policy (it fails on **high**): a brand-new project with one release
and an install hook is exactly what most malware looks like, but also what every new legitimate package looks
like on its first day. The code rules (\`js/install-script\`, \`code/…\`) and the policy decide; these signals
give the reviewer the context, and a policy can raise a rule's severity (\`rules: { ${'<id>'}: high }\`).`;

const recentMeta = rule(
  'pkg/recent-first-release',
  'Project first published very recently',
  'medium',
  "The project's first release (registry `created` time) is less than 7 days old.",
  `Most malicious packages are removed within days of publication, so nearly every one is brand new when it
is installed ([Guo et al., ASE 2023](https://arxiv.org/abs/2309.11021); [OpenSSF malicious-packages](https://github.com/ossf/malicious-packages)).
Age is measured from the registry's \`created\` time (npm \`time.created\`, the earliest upload on PyPI) to the
scan's date (start of \`today\` in UTC when only a date is given). Under **48 hours**: **medium**; under
**7 days**: **low**; older: nothing.

${COMBINE}`,
);

const singleMeta = rule(
  'pkg/single-release',
  'Project has a single release',
  'low',
  'The project has published exactly one version.',
  `Throw-away malicious packages are published once and never maintained. A single release is common for
legitimate new or tiny packages too, hence **low**.

${COMBINE}`,
);

const maintainerMeta = rule(
  'pkg/maintainer-change',
  'Maintainers changed since the locked version',
  'medium',
  'The people who publish the package (npm maintainers; PyPI author/maintainer fields) differ from those of the previously locked version.',
  `Account takeovers and hand-overs to a new owner (\`event-stream\`, \`ua-parser-js\`, \`ctx\`) show up as a new
set of publishers on an update. Compared case-insensitively with the version the lockfile held before:
**medium** when none of the previous maintainers is left, **low** when some changed but one remains.
PyPI's JSON API does not name uploading accounts, so PyPI compares the author and maintainer fields, which
a project can edit freely — a weaker signal there.

${COMBINE}`,
);

const repoMeta = rule(
  'pkg/repository-link',
  'No or unrelated source repository link',
  'low',
  'The package names no source repository (info), or its repository name does not resemble the package name (low).',
  `A source link lets a reviewer compare a release with its code; malware rarely has one, or borrows a
popular project's link ([starjacking](https://checkmarx.com/blog/starjacking-making-your-new-open-source-package-popular-in-a-snap/)).
No link: **info**. A link whose owner or repository shares no word (3+ letters, ignoring \`python\`, \`py\`,
\`node\`, \`js\`, \`lib\`) with the package name or npm scope, and neither contains the other: **low**.
Monorepos (\`@babel/core\` → \`babel/babel\`) match through the scope; some legitimate packages still differ
(\`@types/node\` → \`DefinitelyTyped\`), which is why this is low. A link with no readable owner/repository path
(a bare home page) is left alone.`,
);

const descriptionMeta = rule(
  'pkg/empty-description',
  'Empty description',
  'info',
  'The package version has no description (npm `description`, PyPI `Summary`).',
  `Throw-away packages rarely bother to describe themselves. Many small legitimate ones do not either, so
this is **info**: context for the reviewer only.`,
);

const republishedMeta = rule(
  'pkg/deprecated-republished',
  'New release after a deprecated one',
  'low',
  'The previously locked version was deprecated (npm) or yanked (PyPI), and the pull request moves to a newer version.',
  `A deprecated or yanked release followed by a new one is the normal way to fix a mistake — and also what a
compromised account does after the real maintainer deprecated the package. **low**: look at who published
the new version (\`pkg/maintainer-change\`) and what it gained (\`pkg/new-capability\`).`,
);

const unavailableMeta = rule(
  'pkg/metadata-unavailable',
  'Registry metadata unavailable',
  'info',
  'The registry could not supply some metadata (e.g. a simple-API-only index), so the signals that need it were not evaluated.',
  `Customs never skips a check in silence: one **info** finding per package lists the metadata signals that
could not be evaluated and the fields that were missing.`,
);

export const METADATA_RULES: RuleMeta[] = [recentMeta, singleMeta, maintainerMeta, repoMeta, descriptionMeta, republishedMeta, unavailableMeta];

const HOUR = 3_600_000;

/** Package-level findings sit on the package as a whole. */
const at = { file: '.', line: 1 } as const;

/**
 * Metadata findings for one resolved package version.
 * @param previous the previously locked version (for `updated` changes), or undefined for additions
 * @param today `YYYY-MM-DD` (read as 00:00 UTC) or a full ISO time
 */
export function metadataFindings(current: ResolvedPackage, previous: ResolvedPackage | undefined, today: string): Finding[] {
  const m = current.metadata;
  const gone = new Set(m.unavailable);
  const out: Finding[] = [];
  const missing: { signal: string; fields: string[] }[] = [];
  const need = (signal: string, ...fields: (string | undefined)[]): boolean => {
    const lacking = fields.filter((f): f is string => f !== undefined);
    if (lacking.length === 0) return true;
    missing.push({ signal, fields: lacking });
    return false;
  };
  const name = current.ref.name;

  // First release very recent.
  if (need(recentMeta.id, gone.has('created') || m.created === undefined ? 'created' : undefined)) {
    const now = referenceTime(today);
    const created = Date.parse(m.created!);
    if (Number.isNaN(now) || Number.isNaN(created)) {
      missing.push({ signal: recentMeta.id, fields: [Number.isNaN(now) ? `today (${today})` : `created (${m.created})`] });
    } else {
      const hours = (now - created) / HOUR;
      if (hours < 7 * 24) {
        const severity: Severity = hours < 48 ? 'medium' : 'low';
        out.push(
          finding(recentMeta, {
            severity,
            vector: 'metadata',
            message: `${name} was first published ${describeAge(hours)} ago (${m.created}); most malicious packages are days old when installed`,
            ...at,
            evidence: `created ${m.created}; scan date ${today}`,
          }),
        );
      }
    }
  }

  if (need(singleMeta.id, m.versionCount === undefined ? 'versionCount' : undefined) && m.versionCount === 1) {
    out.push(finding(singleMeta, { severity: 'low', vector: 'metadata', message: `${name} has a single release (${current.ref.version})`, ...at, evidence: 'versionCount 1' }));
  }

  if (previous) {
    const pm = previous.metadata;
    // An empty list (PyPI without author fields) says nothing about who publishes: treat it as unavailable.
    const lacking = [
      gone.has('maintainers') || !m.maintainers?.length ? `maintainers of ${current.ref.version}` : undefined,
      pm.unavailable.includes('maintainers') || !pm.maintainers?.length ? `maintainers of ${previous.ref.version}` : undefined,
    ];
    if (need(maintainerMeta.id, ...lacking)) {
      const f = maintainerChange(current, previous);
      if (f) out.push(f);
    }
    const f = republished(current, previous);
    if (f) out.push(f);
  }

  if (need(repoMeta.id, gone.has('repository') ? 'repository' : undefined)) {
    const f = repositoryFinding(current);
    if (f) out.push(f);
  }

  if (need(descriptionMeta.id, gone.has('description') ? 'description' : undefined) && !(m.description ?? '').trim()) {
    out.push(finding(descriptionMeta, { severity: 'info', vector: 'metadata', message: `${name} ${current.ref.version} has no description`, ...at }));
  }

  if (missing.length > 0) {
    const list = missing.map((x) => `${x.signal} (needs ${x.fields.join(', ')})`).join('; ');
    out.push(
      finding(unavailableMeta, {
        severity: 'info',
        vector: 'metadata',
        message: `registry ${current.registry} did not supply all metadata for ${name} ${current.ref.version}; not evaluated: ${missing.map((x) => x.signal).join(', ')}`,
        ...at,
        evidence: list,
      }),
    );
  }
  return out;
}

/** `YYYY-MM-DD` is midnight UTC of that day; anything else goes to Date.parse (NaN when unreadable). */
function referenceTime(today: string): number {
  return /^\d{4}-\d{2}-\d{2}$/.test(today) ? Date.parse(`${today}T00:00:00Z`) : Date.parse(today);
}

function describeAge(hours: number): string {
  if (hours < 1) return 'less than an hour';
  if (hours < 48) return `${Math.floor(hours)} hours`;
  return `${Math.floor(hours / 24)} days`;
}

function maintainerChange(current: ResolvedPackage, previous: ResolvedPackage): Finding | undefined {
  const norm = (xs: string[]): Set<string> => new Set(xs.map((x) => x.trim().toLowerCase()).filter(Boolean));
  const now = norm(current.metadata.maintainers ?? []);
  const before = norm(previous.metadata.maintainers ?? []);
  const added = [...now].filter((x) => !before.has(x));
  const removed = [...before].filter((x) => !now.has(x));
  if (added.length === 0 && removed.length === 0) return undefined;
  const kept = [...now].filter((x) => before.has(x));
  const disjoint = kept.length === 0;
  const span = `${previous.ref.version} → ${current.ref.version}`;
  return finding(maintainerMeta, {
    severity: disjoint ? 'medium' : 'low',
    vector: 'metadata',
    message: disjoint
      ? `${current.ref.name}: none of the maintainers of ${previous.ref.version} publish ${current.ref.version} (${span})`
      : `${current.ref.name}: maintainers changed between ${span}`,
    ...at,
    evidence: `before: ${[...before].join(', ') || '(none)'}\nnow: ${[...now].join(', ') || '(none)'}\nadded: ${added.join(', ') || '(none)'}\nremoved: ${removed.join(', ') || '(none)'}`,
  });
}

function republished(current: ResolvedPackage, previous: ResolvedPackage): Finding | undefined {
  const why = previous.metadata.deprecated;
  if (!why) return undefined;
  if (!isNewer(current.ref.ecosystem, current.ref.version, previous.ref.version)) return undefined;
  return finding(republishedMeta, {
    severity: 'low',
    vector: 'metadata',
    message: `${current.ref.name} ${previous.ref.version} was deprecated, and ${current.ref.version} was published after it`,
    ...at,
    evidence: `${previous.ref.version}: ${why}`,
  });
}

function isNewer(ecosystem: 'pypi' | 'npm', a: string, b: string): boolean {
  if (ecosystem === 'npm') return semver.valid(a) !== null && semver.valid(b) !== null && semver.gt(a, b);
  return pep440Valid(a) !== null && pep440Valid(b) !== null && pep440Compare(a, b) > 0;
}

const GENERIC = new Set(['python', 'py', 'node', 'nodejs', 'js', 'lib', 'the', 'and', 'api', 'sdk', 'git', 'www', 'com', 'org', 'io']);

/** Owner and repository of a repository URL in any of npm's and PyPI's spellings; undefined when unreadable. */
export function repositoryParts(url: string): { owner: string; repo: string } | undefined {
  let s = url.trim().replace(/^git\+/, '');
  const short = /^(?:(?:github|gitlab|bitbucket):)?([\w.-]+)\/([\w.-]+)$/.exec(s);
  if (short) return { owner: short[1]!, repo: short[2]!.replace(/\.git$/, '') };
  s = s.replace(/^git@([^:]+):/, 'https://$1/');
  let path: string[];
  try {
    path = new URL(s).pathname.split('/').filter(Boolean);
  } catch {
    return undefined;
  }
  const dash = path.indexOf('-'); // GitLab: /group/sub/repo/-/tree/main
  if (dash > 0) path = path.slice(0, dash);
  else if (path.length > 2 && /^(tree|blob|src|wiki|issues)$/.test(path[2]!)) path = path.slice(0, 2);
  if (path.length < 1) return undefined;
  const repo = path[path.length - 1]!.replace(/\.git$/, '');
  return { owner: path.length > 1 ? path[path.length - 2]! : '', repo };
}

const words = (s: string): string[] =>
  s
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 3 && !GENERIC.has(w));
const squash = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/** True when the repository plausibly belongs to the package (see the rule docs for the test). */
export function repositoryMatches(packageName: string, url: string): boolean | undefined {
  const parts = repositoryParts(url);
  if (!parts) return undefined;
  const scope = /^@([^/]+)\//.exec(packageName)?.[1] ?? '';
  const bare = packageName.replace(/^@[^/]+\//, '');
  const mine = new Set([...words(bare), ...words(scope)]);
  const theirs = [...words(parts.repo), ...words(parts.owner)];
  if (theirs.some((w) => mine.has(w))) return true;
  const a = squash(bare);
  const b = squash(parts.repo);
  if (a.length >= 3 && b.length >= 3 && (a.includes(b) || b.includes(a))) return true;
  return scope !== '' && (squash(parts.owner) === squash(scope) || squash(parts.repo) === squash(scope));
}

function repositoryFinding(current: ResolvedPackage): Finding | undefined {
  const url = current.metadata.repository?.trim();
  const name = current.ref.name;
  if (!url) {
    return finding(repoMeta, { severity: 'info', vector: 'metadata', message: `${name} ${current.ref.version} names no source repository`, ...at });
  }
  if (repositoryMatches(name, url) !== false) return undefined;
  return finding(repoMeta, {
    severity: 'low',
    vector: 'metadata',
    message: `${name}'s repository link does not match its name (${url}); a borrowed link makes a package look established`,
    ...at,
    evidence: url,
  });
}
