import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const fresh = mkdtempSync(join(tmpdir(), 'customs-dist-'));

describe('dist/', () => {
  afterAll(() => rmSync(fresh, { recursive: true, force: true }));

  it('equals a fresh build (commit the rebuilt dist/ with npm run build)', () => {
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), fresh], { cwd: ROOT });
    const built = readdirSync(fresh).sort();
    expect(readdirSync(join(ROOT, 'dist')).sort()).toEqual(built);
    for (const name of built) {
      const same = readFileSync(join(fresh, name)).equals(readFileSync(join(ROOT, 'dist', name)));
      expect(same, `dist/${name} differs from a fresh build`).toBe(true);
    }
  });

  it('keys cached results by a digest of its sources: a build from changed sources does not share them', () => {
    const copy = mkdtempSync(join(tmpdir(), 'customs-src-'));
    try {
      for (const p of ['src', 'schemas', 'scripts', 'package.json', 'package-lock.json']) cpSync(join(ROOT, p), join(copy, p), { recursive: true });
      symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
      appendFileSync(join(copy, 'src', 'detectors', 'shared', 'commands.ts'), '\n// a changed rule\n');
      execFileSync(process.execPath, [join(copy, 'scripts', 'build.mjs'), join(copy, 'dist')], { cwd: copy });
      const digest = (bundle: string): string | undefined => /\? "([0-9a-f]{16})" : "source"/.exec(readFileSync(bundle, 'utf8'))?.[1];
      const ours = digest(join(ROOT, 'dist', 'cli.js'));
      expect(ours).toMatch(/^[0-9a-f]{16}$/);
      expect(digest(join(copy, 'dist', 'cli.js'))).toMatch(/^[0-9a-f]{16}$/);
      expect(digest(join(copy, 'dist', 'cli.js'))).not.toBe(ours);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('runs on its own: node dist/cli.js rules lists the rules', () => {
    const out = execFileSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'rules', '--format', 'json'], { cwd: tmpdir() }).toString();
    const rules = JSON.parse(out) as Array<{ id: string }>;
    expect(rules.map((r) => r.id)).toContain('code/command-execution');
  });

  it('docs/rules is generated from the rule metadata and up to date', () => {
    const out = execFileSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'rules', '--check-docs', join(ROOT, 'docs', 'rules')]).toString();
    expect(out).toMatch(/up to date/);
  });
});
