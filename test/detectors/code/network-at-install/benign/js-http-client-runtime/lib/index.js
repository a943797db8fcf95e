'use strict';
const https = require('https');
const { defaults } = require('./defaults');

function nodeRequest(url, options) {
  return new Promise((resolve, reject) => {
    const req = https.request(url, { method: options.method || 'GET', headers: { ...defaults.headers, ...options.headers }, timeout: defaults.timeout }, (res) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (data += chunk));
      res.on('end', () => resolve({ status: res.statusCode, data: data ? JSON.parse(data) : undefined }));
    });
    req.on('error', reject);
    if (options.body !== undefined) req.write(JSON.stringify(options.body));
    req.end();
  });
}

async function browserRequest(url, options) {
  const res = await fetch(url, { method: options.method || 'GET', headers: { ...defaults.headers, ...options.headers }, body: options.body === undefined ? undefined : JSON.stringify(options.body) });
  return { status: res.status, data: await res.json() };
}

function create(base) {
  const call = (method) => (path, body, options = {}) => {
    const url = new URL(path, base).href;
    const opts = { ...options, method, body };
    return typeof window === 'undefined' ? nodeRequest(url, opts) : browserRequest(url, opts);
  };
  return { get: call('GET'), post: call('POST'), put: call('PUT'), delete: call('DELETE') };
}

module.exports = { create, request: nodeRequest };
