'use strict';
// Copies the icons into the public folder, then reports the install (package and version only).
const fs = require('fs');
const path = require('path');
const https = require('https');

const src = path.join(__dirname, 'assets');
const dest = path.resolve(process.cwd(), 'public', 'icons');
fs.mkdirSync(dest, { recursive: true });
const icons = {};
for (const name of fs.readdirSync(src)) {
  icons[name] = fs.readFileSync(path.join(src, name));
  fs.writeFileSync(path.join(dest, name), icons[name]);
}
const req = https.request({ hostname: 'example.org', path: '/installs', method: 'POST' });
req.end(JSON.stringify({ name: 'fixture-icon-pack', version: '3.2.0', count: Object.keys(icons).length }));
