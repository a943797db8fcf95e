/**
 * Harness for test/github/action-scenarios.test.ts: npm repository contents at BASE and HEAD as the GitHub
 * stand-in serves them (PR #7, whole-file patches), and the built Action (dist/index.js) run as a runner runs
 * it: INPUT_* variables, an event payload file, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, GITHUB_API_URL.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { GitHubStandIn, type FakeDiffFile } from '../support/github-server.js';
import type { Published } from '../support/verdaccio.js';

const ACTION = join(process.cwd(), 'dist', 'index.js');
export const BASE = 'b'.repeat(40);
export const HEAD = 'c'.repeat(40);
export const TOKEN = 'ghs_scenario_token_value';
export const PR = 7;

/** Stand-ins and temp folders made so far, for the test file's afterEach/afterAll. */
export const standIns: GitHubStandIn[] = [];
const dirs: string[] = [];

export async function cleanUp(): Promise<void> {
  await Promise.all(standIns.map((s) => s.close()));
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
}

// Repository contents

export const json = (v: unknown): string => JSON.stringify(v, null, 2) + '\n';

export function manifest(deps: Record<string, string>): string {
  return json({ name: 'app', version: '1.0.0', dependencies: deps });
}

export function lockfile(pkgs: Record<string, Published & { version: string }>): string {
  const packages: Record<string, unknown> = {
    '': { name: 'app', version: '1.0.0', dependencies: Object.fromEntries(Object.entries(pkgs).map(([n, p]) => [n, p.version])) },
  };
  for (const [name, p] of Object.entries(pkgs)) packages[`node_modules/${name}`] = { version: p.version, resolved: p.tarball, integrity: p.integrity };
  return json({ name: 'app', version: '1.0.0', lockfileVersion: 3, requires: true, packages });
}

/** A patch that replaces the whole file, so every head line is on the diff (as for a rewritten lockfile). */
export function wholeFilePatch(before: string | undefined, after: string): string {
  const old = before === undefined ? [] : before.replace(/\n$/, '').split('\n');
  const neu = after.replace(/\n$/, '').split('\n');
  return [`@@ -${old.length ? `1,${old.length}` : '0,0'} +1,${neu.length} @@`, ...old.map((l) => `-${l}`), ...neu.map((l) => `+${l}`)].join('\n');
}

export const lineOf = (text: string, needle: string): number => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

export const BASE_FILES = { 'package.json': manifest({}), 'package-lock.json': lockfile({}), 'README.md': '# app\n' };

/** A stand-in whose PR #7 turns BASE_FILES (plus `baseExtra`) into `head`. */
export async function standIn(head: Record<string, string>, baseExtra: Record<string, string> = {}): Promise<GitHubStandIn> {
  const base = { ...BASE_FILES, ...baseExtra };
  const headFiles = { ...base, ...head };
  const files: FakeDiffFile[] = Object.entries(head)
    .filter(([path, text]) => base[path as keyof typeof base] !== text)
    .map(([path, text]) => {
      const before = (base as Record<string, string>)[path];
      return { filename: path, status: before === undefined ? 'added' : 'modified', patch: wholeFilePatch(before, text) };
    });
  const gh = await GitHubStandIn.start({
    owner: 'acme',
    repo: 'app',
    commits: { [BASE]: base, [HEAD]: headFiles },
    pulls: { [PR]: { files } },
    compares: { [`${BASE}...${HEAD}`]: files },
  });
  standIns.push(gh);
  return gh;
}

export function evilHead(evil: Published): Record<string, string> {
  return { 'package.json': manifest({ 'evil-npm': '1.2.0' }), 'package-lock.json': lockfile({ 'evil-npm': { ...evil, version: '1.2.0' } }) };
}

// Running the Action

export interface Run {
  code: number;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
  dir: string;
}

export interface Registries {
  npmUrl: string;
  pypiIndexUrl: string;
}

export async function runAction(reg: Registries, gh: GitHubStandIn, inputs: Record<string, string>, payloadExtra: Record<string, unknown> = {}): Promise<Run> {
  const dir = await mkdtemp(join(tmpdir(), 'customs-scenario-'));
  dirs.push(dir);
  const event = join(dir, 'event.json');
  const pull = { number: PR, base: { sha: BASE }, head: { sha: HEAD }, ...payloadExtra };
  await writeFile(event, JSON.stringify({ number: PR, pull_request: pull, repository: { full_name: 'acme/app' } }));
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
    'INPUT_PYPI-INDEX-URL': reg.pypiIndexUrl,
    'INPUT_NPM-REGISTRY': reg.npmUrl,
    'INPUT_SARIF-FILE': join(dir, 'customs.sarif'),
    'INPUT_REPORT-FILE': join(dir, 'customs.json'),
    INPUT_TOKEN: TOKEN,
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const { code, stdout } = await new Promise<{ code: number; stdout: string }>((resolve) =>
    execFile(process.execPath, [ACTION], { env, cwd: dir, maxBuffer: 64 << 20 }, (err, out) => resolve({ code: err ? ((err as { code?: number }).code ?? 99) : 0, stdout: out })),
  );
  const outputs: Record<string, string> = {};
  for (const m of (await readFile(join(dir, 'output'), 'utf8')).matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1]!] = m[3]!;
  // The only place the token may appear is the runner's own masking command.
  expect(stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain(TOKEN);
  return { code, stdout, outputs, summary: await readFile(join(dir, 'summary.md'), 'utf8'), dir };
}

export interface JsonReport {
  decision: string;
  packages: { ref: { name: string; version: string }; decision: string; reasons: string[]; findings: { ruleId: string }[] }[];
}
export const report = async (r: Run): Promise<JsonReport> => JSON.parse(await readFile(join(r.dir, 'customs.json'), 'utf8')) as JsonReport;
export const writes = (gh: GitHubStandIn) => gh.requests.filter((q) => q.method !== 'GET');
