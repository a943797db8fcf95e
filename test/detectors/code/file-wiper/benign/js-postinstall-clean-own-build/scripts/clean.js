const fs = require('fs');
const os = require('os');
const path = require('path');

// Removes the package's own stale build output and a temporary download folder.
fs.rmSync(path.join(__dirname, '..', 'build'), { recursive: true, force: true });
fs.rmSync(path.join(os.tmpdir(), 'native-demo-download'), { recursive: true, force: true });

function removeStale(dir) {
  for (const name of fs.readdirSync(dir)) {
    const p = path.join(dir, name);
    if (fs.statSync(p).isDirectory()) removeStale(p);
    else if (p.endsWith('.obj')) fs.unlinkSync(p);
  }
}
removeStale(path.join(__dirname, '..', 'prebuilds'));
// An old cache below the home folder, not the home folder itself.
fs.rmSync(path.join(os.homedir(), '.cache', 'native-demo', 'v1'), { recursive: true, force: true });
