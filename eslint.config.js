// Lint rules that keep the pipeline's core pure: detectors, unpacking, reports and policy evaluation never do
// I/O, and only src/github talks to @actions/*. See ../shared/DESIGN.md, "Conventions".
import tseslint from 'typescript-eslint';

const IO_MODULES = [
  'fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'child_process', 'node:child_process', 'net', 'node:net',
  'http', 'node:http', 'https', 'node:https', 'dgram', 'node:dgram', 'dns', 'node:dns', 'worker_threads', 'node:worker_threads',
];
const ACTIONS = ['@actions/*', '@octokit/*'];
const restrict = (paths, patterns, message) => ({
  'no-restricted-imports': ['error', { paths: paths.map((name) => ({ name, message })), patterns: patterns.map((group) => ({ group: [group], message })) }],
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test/**/fixtures/**', 'test/detectors/**/malicious/**', 'test/detectors/**/benign/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-console': 'error',
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/github/**'],
    rules: restrict([], ACTIONS, 'Only src/github may use the GitHub Actions toolkit or Octokit.'),
  },
  {
    files: ['src/model/**/*.ts'],
    rules: restrict(IO_MODULES, ['../*', ...ACTIONS], 'src/model holds shared types only: it imports nothing else from src and does no I/O.'),
  },
  {
    files: ['src/detectors/**/*.ts', 'src/unpack/**/*.ts', 'src/report/**/*.ts', 'src/manifests/**/*.ts', 'src/policy/evaluate.ts', 'src/policy/schema.ts', 'src/policy/types.ts'],
    rules: restrict(IO_MODULES, ACTIONS, 'This stage is pure: bytes and values in, values out. I/O belongs at the edges (cli, github, runtime, fetch).'),
  },
  {
    files: ['scripts/**/*.mjs', 'bench/**/*.mjs', 'test/**/*.ts', 'bench/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
