import type { Finding } from '../../model/index.js';
import { finding, type Detector, type PackageModel, type RuleMeta } from '../types.js';
import { findLookalike } from './lookalike.js';
import { popularIndex } from './popular.js';

const meta: RuleMeta = {
  id: 'pkg/typosquat',
  title: 'Name imitates a popular package',
  vectors: ['metadata'],
  severity: 'high',
  behaviors: [],
  techniques: [],
  summary:
    "The package's own name (PKG-INFO/METADATA or package.json) is one typo, lookalike letter, separator or affix away from a popular package of the same ecosystem, and is not itself a popular package.",
  docs: `Typosquatting publishes a malicious package under a name people mistype or misread: \`reqeusts\`,
\`python-requests\`, \`crossenv\`, \`expreѕs\` with a Cyrillic \`ѕ\`. The rule compares the package's name with the 5,000
most-downloaded packages of its ecosystem (bundled lists in \`src/data/\`, built by \`scripts/popular.mjs\` from PyPI's
public download data and the npm registry's download counts; capture date recorded in the files). Kinds of
similarity, most specific first:

- **homoglyph**: the same name once Cyrillic/Greek lookalike letters are replaced by their Latin twins
  ([Unicode TR39](https://www.unicode.org/reports/tr39/#Confusable_Detection));
- **separator**: the same letters with other or no separators (\`-\`, \`_\`, \`.\`; PyPI names are compared after
  [PEP 503](https://peps.python.org/pep-0503/#normalized-names) normalisation, so \`Foo_Bar\` is \`foo-bar\` itself);
- **lookalike letters**: \`rn\`→\`m\`, \`vv\`→\`w\`, \`0\`→\`o\`, \`1\`→\`l\`;
- **scope** (npm): a scope one letter from a popular one (\`@typess/node\`), a scoped name flattened
  (\`types-node\` for \`@types/node\`) or folded into a new scope (\`@types-node/index\`);
- **affix**: \`python-\`, \`py\`, \`-python\`, \`-py\` (PyPI); \`node-\`, \`js-\`, \`-js\`, \`.js\`, \`-node\` (npm);
- **edit**: Damerau-Levenshtein distance 1 (swapped, doubled, dropped, added or replaced letter), 2 for names of
  10+ characters; names under 5 characters are skipped (\`ws\`, \`qs\`, \`pg\` have too many innocent neighbours).

Severity: **medium** (warn) by default — a lookalike name is a reason to look, not proof, so the code rules
and the policy decide whether the package fails. **High** for non-ASCII homoglyphs: no legitimate package
needs a Cyrillic letter inside a Latin name. **High** too when the imitating package acts as soon as it is
imported (runs a command, talks to the network or opens a socket in module-level code or what it calls) or
talks to the network while it installs: the name lures the install, the early code is the payoff. Running a
command from setup.py alone does not count (builds call compilers and \`git\`).

Left alone on purpose: any name that is itself in the popularity lists (the full 15,000 of each ecosystem, at
any rank: \`request\` and \`requests\` are both real — download counts can be inflated, so a listed name is
exempt from this rule only, never from the code rules); siblings in a family (\`mypy-boto3-ecr\`/\`mypy-boto3-emr\`,
\`pyqt5\`/\`pyqt6\`, names differing only in digits or in one whole short word); one replaced letter in names
under 7 characters; two replaced letters. Measured on the npm and PyPI names ranked 2,501–5,000 checked
against the top 2,500 with the exemption turned off, about 2% of legitimate names still resemble a popular
one — that is the rate a brand-new legitimate package with a similar name would see a warning.`,
};

/** Where the package states its name: package.json's `"name"`, or the `Name:` header of PyPI metadata. */
export function nameLocation(pkg: PackageModel): { file: string; line: number; snippet: string } {
  const lineOf = (file: string, re: RegExp): { file: string; line: number; snippet: string } => {
    const lines = (pkg.text(file) ?? '').split('\n');
    const i = lines.findIndex((l) => re.test(l));
    return { file, line: i + 1 || 1, snippet: (lines[i] ?? '').trim() };
  };
  if (pkg.ecosystem === 'npm') return lineOf('package.json', /^\s*"name"\s*:/);
  const files = pkg.contents.files;
  const meta =
    files.find((f) => /^[^/]+\.dist-info\/METADATA$/.test(f.path)) ??
    files.find((f) => f.path === 'PKG-INFO') ??
    files.find((f) => /^[^/]+\.egg-info\/PKG-INFO$/.test(f.path));
  return meta ? lineOf(meta.path, /^Name:/) : { file: 'PKG-INFO', line: 1, snippet: '' };
}

/** What the package does on its own as soon as it is imported (or, for the network, installed). */
function earlyAction(pkg: PackageModel): string | undefined {
  const e = pkg.events.events.find(
    (x) =>
      (x.vector === 'import' && (x.capability === 'shell' || x.capability === 'network' || x.capability === 'socket')) ||
      (x.vector === 'install' && (x.capability === 'network' || x.capability === 'socket')),
  );
  return e ? `${e.file} calls ${e.callee} at ${e.vector} time` : undefined;
}

export const typosquat: Detector = {
  meta,
  run(pkg) {
    if (!pkg.name) return [];
    const index = popularIndex(pkg.ecosystem);
    const match = findLookalike(index, pkg.name);
    if (!match) return [];
    const where = nameLocation(pkg);
    const homoglyph = match.kind === 'homoglyph';
    const acts = earlyAction(pkg);
    const out: Finding[] = [
      finding(meta, {
        severity: homoglyph || acts ? 'high' : 'medium',
        confidence: homoglyph || match.kind === 'separator' || match.kind === 'scope' ? 'high' : 'medium',
        vector: 'metadata',
        ...(homoglyph ? { techniques: ['obfuscation'] } : {}),
        message: `package name "${pkg.name}" resembles the popular ${pkg.ecosystem} package "${match.target}" (${match.detail})${acts ? `, and ${acts}` : ''}`,
        file: where.file,
        line: where.line,
        snippet: where.snippet,
        evidence: `${match.kind}: ${pkg.name} ~ ${match.target} (rank ${index.rank.get(match.target) ?? '?'} of ${index.source}, ${index.captured})`,
      }),
    ];
    return out;
  },
};
