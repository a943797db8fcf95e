'use strict';

const cache = new Map();

function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

function compile(template, options) {
  const key = template + JSON.stringify(options || {});
  if (cache.has(key)) return cache.get(key);
  let body = "let __out = '';\nwith (data) {\n";
  let last = 0;
  template.replace(/<%(=?)([\s\S]+?)%>/g, (match, eq, code, offset) => {
    body += `__out += ${JSON.stringify(template.slice(last, offset))};\n`;
    body += eq ? `__out += __escape(${code.trim()});\n` : `${code}\n`;
    last = offset + match.length;
    return match;
  });
  body += `__out += ${JSON.stringify(template.slice(last))};\n}\nreturn __out;`;
  const fn = new Function('data', '__escape', body);
  const render = (data) => fn(data || {}, escapeHtml);
  cache.set(key, render);
  return render;
}

function clearCacheLater(ms) {
  setTimeout(() => cache.clear(), ms);
}

clearCacheLater(60000);

module.exports = { compile, escapeHtml };
