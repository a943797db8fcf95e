'use strict';
// Logs the page's requests for a debugging panel, with wallet addresses redacted.
const entries = [];
function redact(text) {
  return String(text).replace(/0x[a-fA-F0-9]{40}/g, '0x…');
}
function install() {
  if (typeof window === 'undefined' || window.fetch.__logged) return;
  const original = window.fetch;
  window.fetch = function (input, init) {
    entries.push({ url: String(input), body: init && init.body ? redact(init.body) : '' });
    return original.call(this, input, init);
  };
  window.fetch.__logged = true;
}
module.exports = { install, entries };
