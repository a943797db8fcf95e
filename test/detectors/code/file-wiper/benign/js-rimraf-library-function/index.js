const fs = require('fs');
const path = require('path');

// A library: deletes whatever folder its caller names, and nothing at require time.
function rmrf(dir) {
  for (const name of fs.readdirSync(dir)) {
    const p = path.join(dir, name);
    if (fs.lstatSync(p).isDirectory()) rmrf(p);
    else fs.unlinkSync(p);
  }
  fs.rmdirSync(dir);
}

module.exports = rmrf;
