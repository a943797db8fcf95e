// Loads child_process lazily and asks git for the current commit when the caller wants it.
export function currentCommit(cwd) {
  return import('node:child_process').then(({ execFile }) =>
    new Promise((resolve, reject) => {
      execFile('git', ['rev-parse', 'HEAD'], { cwd }, (err, out) => (err ? reject(err) : resolve(out.trim())));
    }),
  );
}
