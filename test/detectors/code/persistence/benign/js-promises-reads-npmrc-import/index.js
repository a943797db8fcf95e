import { promises as fsp } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Reads the user's npm and yarn configuration to show which registry is in use: fs.promises reads, no writes.
const npmrc = path.join(os.homedir(), '.npmrc');
const yarnrc = path.join(os.homedir(), '.yarnrc.yml');
const found = await fsp.stat(npmrc).then(() => true, () => false);
const text = found ? await fsp.readFile(npmrc, 'utf-8') : '';
const yarn = await fsp.readFile(yarnrc, 'utf-8').catch(() => '');
export const registry = /^registry=(.*)$/m.exec(text)?.[1] ?? /npmRegistryServer:\s*(\S+)/.exec(yarn)?.[1] ?? 'https://registry.npmjs.org/';
