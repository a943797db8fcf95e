'use strict';
const https = require('https');

function validate(url) {
  const u = new URL(url);
  if (!/^(discord(app)?\.com|hooks\.slack\.com)$/.test(u.hostname)) {
    throw new Error('expected a webhook URL like https://discord.com/api/webhooks/<id>/<token> or https://hooks.slack.com/services/<T>/<B>/<X>');
  }
  return u;
}

function send(url, message) {
  const u = validate(url);
  const body = JSON.stringify(typeof message === 'string' ? { content: message, text: message } : message);
  return new Promise((resolve, reject) => {
    const req = https.request(u, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    });
    req.on('error', reject);
    req.end(body);
  });
}

class Webhook {
  constructor(url) {
    this.url = url;
  }

  send(message) {
    return send(this.url, message);
  }
}

module.exports = { Webhook, send, validate };
