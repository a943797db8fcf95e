import { execSync } from 'node:child_process';
import memoize from 'memoize';
import mem from 'mem';

// The user's name, asked of the system only when the caller wants it, then cached.
export const username = memoize(async () => {
  if (process.env.USER) return process.env.USER;
  return execSync('whoami', { encoding: 'utf8' }).trim();
});

function lookupFullName() {
  return execSync('getent passwd $(whoami)', { encoding: 'utf8' }).split(':')[4];
}

export const fullName = mem(lookupFullName);
