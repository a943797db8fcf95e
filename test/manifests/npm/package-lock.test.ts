import { describe, expect, it } from 'vitest';
import { parsePackageLock } from '../../../src/manifests/npm/package-lock.js';
import { dep, lineOf, userErrorOf } from './helpers.js';

const SHA512 = 'sha512-' + Buffer.alloc(64, 0xab).toString('base64');
const HEX512 = 'ab'.repeat(64);

// A small workspace monorepo as npm 9 writes it (lockfileVersion 3).
const V3 = `{
  "name": "monorepo",
  "version": "1.0.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "monorepo",
      "workspaces": ["packages/*"],
      "dependencies": {
        "express": "^4.18.2",
        "wrap": "npm:wrap-ansi@^7.0.0"
      },
      "devDependencies": {
        "jest": "^29.0.0"
      }
    },
    "node_modules/express": {
      "version": "4.18.2",
      "resolved": "https://registry.npmjs.org/express/-/express-4.18.2.tgz",
      "integrity": "${SHA512}",
      "dependencies": {
        "debug": "2.6.9",
        "@types/qs": "^6.9.0"
      }
    },
    "node_modules/express/node_modules/debug": {
      "version": "2.6.9",
      "resolved": "https://registry.npmjs.org/debug/-/debug-2.6.9.tgz",
      "dependencies": {
        "ms": "2.0.0"
      }
    },
    "node_modules/express/node_modules/ms": {
      "version": "2.0.0",
      "resolved": "https://registry.npmjs.org/ms/-/ms-2.0.0.tgz"
    },
    "node_modules/ms": {
      "version": "2.1.3",
      "resolved": "https://registry.npmjs.org/ms/-/ms-2.1.3.tgz"
    },
    "node_modules/@types/qs": {
      "version": "6.9.7",
      "resolved": "https://registry.npmjs.org/@types/qs/-/qs-6.9.7.tgz"
    },
    "node_modules/wrap": {
      "name": "wrap-ansi",
      "version": "7.0.0",
      "resolved": "https://registry.npmjs.org/wrap-ansi/-/wrap-ansi-7.0.0.tgz"
    },
    "node_modules/jest": {
      "version": "29.7.0",
      "resolved": "https://registry.npmjs.org/jest/-/jest-29.7.0.tgz",
      "dev": true,
      "dependencies": { "fsevents": "^2.3.2", "bundled-thing": "1.0.0" }
    },
    "node_modules/jest/node_modules/bundled-thing": {
      "version": "1.0.0",
      "dev": true,
      "inBundle": true
    },
    "node_modules/fsevents": {
      "version": "2.3.3",
      "resolved": "https://registry.npmjs.org/fsevents/-/fsevents-2.3.3.tgz",
      "dev": true,
      "optional": true
    },
    "node_modules/@acme/ui": {
      "resolved": "packages/ui",
      "link": true
    },
    "packages/ui": {
      "name": "@acme/ui",
      "version": "0.1.0",
      "dependencies": {
        "left-pad": "github:acme/left-pad#main",
        "tiny": "https://example.com/tiny-1.0.0.tgz"
      },
      "peerDependencies": { "react": "^18" }
    },
    "node_modules/left-pad": {
      "version": "1.3.0",
      "resolved": "git+ssh://git@github.com/acme/left-pad.git#0123456789abcdef0123456789abcdef01234567"
    },
    "node_modules/tiny": {
      "version": "1.0.0",
      "resolved": "https://example.com/tiny-1.0.0.tgz",
      "integrity": "sha1-qUqP5cyxm6YcTAhz05Hph5gvu9M="
    },
    "node_modules/react": {
      "version": "18.2.0",
      "resolved": "https://registry.npmjs.org/react/-/react-18.2.0.tgz",
      "peer": true
    }
  }
}
`;

describe('package-lock.json v2/v3', () => {
  const r = parsePackageLock('package-lock.json', V3);

  it('is a locked npm lockfile with one entry per installed folder (bundled ones left to their parent)', () => {
    expect(r).toMatchObject({ kind: 'package-lock', ecosystem: 'npm', locked: true });
    expect(r.dependencies.map((d) => `${d.name}@${d.version}`).sort()).toEqual(
      [
        '@acme/ui@undefined',
        '@types/qs@6.9.7',
        'debug@2.6.9',
        'express@4.18.2',
        'fsevents@2.3.3',
        'jest@29.7.0',
        'left-pad@1.3.0',
        'ms@2.0.0',
        'ms@2.1.3',
        'react@18.2.0',
        'tiny@1.0.0',
        'wrap-ansi@7.0.0',
      ].sort(),
    );
    expect(r.notes).toContain("1 bundled entry ships inside a parent package's tarball");
  });

  it('points at the line of each "node_modules/x": { key', () => {
    expect(dep(r, 'express').source).toEqual({ file: 'package-lock.json', line: 18 });
    expect(dep(r, 'debug').source.line).toBe(27);
    expect(dep(r, 'ms', '2.0.0').source.line).toBe(lineOf(V3, '"node_modules/express/node_modules/ms"'));
    expect(dep(r, 'ms', '2.1.3').source.line).toBe(lineOf(V3, '"node_modules/ms"'));
  });

  it('marks root and workspace declarations as direct with their specs', () => {
    expect(dep(r, 'express')).toMatchObject({ direct: true, spec: '^4.18.2', group: 'prod', via: [] });
    expect(dep(r, 'jest')).toMatchObject({ direct: true, spec: '^29.0.0', group: 'dev' });
    expect(dep(r, 'left-pad')).toMatchObject({ direct: true, spec: 'github:acme/left-pad#main' });
    expect(dep(r, 'debug').direct).toBe(false);
  });

  it('resolves the nested node_modules copy before the hoisted one', () => {
    expect(dep(r, 'ms', '2.0.0').via).toEqual(['express', 'debug']);
    expect(dep(r, 'debug').via).toEqual(['express']);
    expect(dep(r, '@types/qs').via).toEqual(['express']);
    // Nothing requires the hoisted ms@2.1.3: no chain.
    expect(dep(r, 'ms', '2.1.3').via).toEqual([]);
    expect(dep(r, 'ms', '2.1.3').direct).toBe(false);
  });

  it('resolves aliases to the real name through the entry name', () => {
    expect(dep(r, 'wrap-ansi')).toMatchObject({ version: '7.0.0', direct: true, spec: 'npm:wrap-ansi@^7.0.0' });
  });

  it('reads dev/optional/peer flags', () => {
    expect(dep(r, 'fsevents')).toMatchObject({ group: 'dev', via: ['jest'] });
    expect(dep(r, 'react').group).toBe('peer');
  });

  it('converts SRI integrity to hex and classifies origins', () => {
    expect(dep(r, 'express').integrity).toEqual([{ algorithm: 'sha512', hex: HEX512 }]);
    expect(dep(r, 'express').origin).toEqual({ kind: 'registry', url: 'https://registry.npmjs.org/express/-/express-4.18.2.tgz' });
    expect(dep(r, 'tiny').integrity).toEqual([{ algorithm: 'sha1', hex: 'a94a8fe5ccb19ba61c4c0873d391e987982fbbd3' }]);
    expect(dep(r, 'tiny').origin).toEqual({ kind: 'url', url: 'https://example.com/tiny-1.0.0.tgz' });
    expect(dep(r, 'left-pad').origin.kind).toBe('vcs');
    expect(dep(r, '@acme/ui').origin).toEqual({ kind: 'workspace', path: 'packages/ui' });
  });

  it('rejects malformed lockfiles with file:line', () => {
    const broken = V3.replace('"version": "2.6.9",', '"version": "2.6.9"');
    expect(userErrorOf(() => parsePackageLock('package-lock.json', broken)).message).toMatch(/^package-lock\.json:29: invalid JSON: CommaExpected/);
    expect(userErrorOf(() => parsePackageLock('a/package-lock.json', '{\n"packages": {\n"node_modules/x": 3}}')).message).toBe(
      'a/package-lock.json:3: packages["node_modules/x"] must be an object',
    );
    expect(userErrorOf(() => parsePackageLock('package-lock.json', '{"packages": []}')).message).toMatch(/^package-lock\.json:1: /);
  });
});

// npm 6 (lockfileVersion 1): nested `dependencies`, `requires`, aliases and git in `version`.
const V1 = `{
  "name": "legacy",
  "version": "1.0.0",
  "lockfileVersion": 1,
  "requires": true,
  "dependencies": {
    "chalk": {
      "version": "2.4.2",
      "resolved": "https://registry.npmjs.org/chalk/-/chalk-2.4.2.tgz",
      "integrity": "${SHA512}",
      "requires": {
        "supports-color": "^5.3.0"
      }
    },
    "supports-color": {
      "version": "5.5.0",
      "resolved": "https://registry.npmjs.org/supports-color/-/supports-color-5.5.0.tgz",
      "requires": { "has-flag": "^3.0.0" },
      "dependencies": {
        "has-flag": {
          "version": "3.0.0",
          "resolved": "https://registry.npmjs.org/has-flag/-/has-flag-3.0.0.tgz"
        }
      }
    },
    "has-flag": {
      "version": "4.0.0",
      "dev": true
    },
    "cjs": {
      "version": "npm:string-width@4.2.3",
      "resolved": "https://registry.npmjs.org/string-width/-/string-width-4.2.3.tgz"
    },
    "forked": {
      "version": "git+https://github.com/acme/forked.git#0123456789abcdef0123456789abcdef01234567",
      "from": "git+https://github.com/acme/forked.git"
    },
    "local": {
      "version": "file:../local"
    }
  }
}
`;

describe('package-lock.json v1', () => {
  const r = parsePackageLock('npm-shrinkwrap.json', V1);

  it('lists nested entries at the line of their name key', () => {
    expect(r.dependencies).toHaveLength(7);
    expect(dep(r, 'chalk').source.line).toBe(7);
    expect(dep(r, 'has-flag', '3.0.0').source.line).toBe(20);
    expect(dep(r, 'has-flag', '4.0.0').source.line).toBe(26);
  });

  it('infers direct dependencies and chains from requires', () => {
    expect(dep(r, 'chalk')).toMatchObject({ direct: true, via: [] });
    expect(dep(r, 'supports-color')).toMatchObject({ direct: false, via: ['chalk'] });
    expect(dep(r, 'has-flag', '3.0.0').via).toEqual(['chalk', 'supports-color']);
    expect(dep(r, 'has-flag', '4.0.0')).toMatchObject({ direct: true, group: 'dev' });
    expect(r.notes[0]).toMatch(/lockfileVersion 1/);
  });

  it('resolves aliases, git and file versions', () => {
    expect(dep(r, 'string-width')).toMatchObject({ version: '4.2.3', origin: { kind: 'registry' } });
    const forked = dep(r, 'forked');
    expect(forked.version).toBeUndefined();
    expect(forked.origin).toEqual({ kind: 'vcs', url: 'git+https://github.com/acme/forked.git#0123456789abcdef0123456789abcdef01234567' });
    expect(dep(r, 'local').origin).toEqual({ kind: 'path', path: '../local' });
  });

  it('rejects a non-object entry with its line', () => {
    expect(userErrorOf(() => parsePackageLock('package-lock.json', '{\n"lockfileVersion": 1,\n"dependencies": {\n  "a": "1.0.0"\n}}')).message).toBe(
      'package-lock.json:4: dependencies["a"] must be an object',
    );
  });

  it('refuses hostile nesting with a user error instead of quadratic work', () => {
    const deep = `{"lockfileVersion": 1, "dependencies": ${'{"a": {"dependencies": '.repeat(300)}{}${'}}'.repeat(300)}}`;
    expect(userErrorOf(() => parsePackageLock('package-lock.json', deep)).message).toBe(
      'package-lock.json:1: dependencies nested more than 200 deep',
    );
  });
});
