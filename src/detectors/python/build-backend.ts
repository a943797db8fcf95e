import type { Finding } from '../../model/index.js';
import { MODULE_SCOPE } from '../../model/index.js';
import { finding, type Detector, type RuleMeta } from '../types.js';

const meta: RuleMeta = {
  id: 'py/build-backend',
  title: 'In-tree build backend',
  vectors: ['install'],
  severity: 'low',
  behaviors: ['code-execution'],
  techniques: [],
  summary:
    'pyproject.toml points `build-backend` at a module inside the sdist (`backend-path`), so pip imports and runs package code to build it — setup.py by another name.',
  docs: `PEP 517 lets a project ship its own build backend. That code runs at install time exactly like setup.py;
this rule records the hook (**low**) and the \`code/*\` rules judge what the backend does, with the install-time
severities.`,
};

export const buildBackend: Detector = {
  meta,
  run(pkg) {
    const out: Finding[] = [];
    for (const { file, scope, root } of pkg.execution.entries()) {
      if (scope !== MODULE_SCOPE || !root.why.includes('in-tree build backend')) continue;
      out.push(
        finding(meta, {
          severity: 'low',
          vector: 'install',
          message: root.why,
          file: 'pyproject.toml',
          line: Math.max(1, (pkg.text('pyproject.toml') ?? '').split('\n').findIndex((l) => l.includes('backend-path')) + 1),
          snippet: '',
          evidence: file,
        }),
      );
    }
    return out;
  },
};
