'use strict';
const https = require('https');

function bypassProxy(url) {
  const noProxy = (process.env.NO_PROXY || process.env.no_proxy || '').split(',').map((s) => s.trim()).filter(Boolean);
  return noProxy.some((h) => url.hostname === h || url.hostname.endsWith(`.${h}`));
}

function request(method, target, body) {
  const url = new URL(target);
  const proxyEnv = bypassProxy(url) ? undefined : process.env.HTTPS_PROXY || process.env.https_proxy;
  const proxy = proxyEnv ? new URL(proxyEnv) : undefined;
  const options = proxy
    ? { host: proxy.hostname, port: proxy.port, path: url.href, method, headers: { host: url.host } }
    : { host: url.hostname, port: url.port, path: url.pathname + url.search, method };
  return new Promise((resolve, reject) => {
    const req = https.request(options, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    if (body !== undefined) req.write(typeof body === 'string' ? body : JSON.stringify(body));
    req.end();
  });
}

function get(url) {
  return request('GET', url);
}

function post(url, body) {
  return request('POST', url, body);
}

module.exports = { request, get, post };
