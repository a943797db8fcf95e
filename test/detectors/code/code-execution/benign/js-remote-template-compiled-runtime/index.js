'use strict';

// Fetches a view from the application's own server and compiles it into a render function on use.
function compileTemplate(text) {
  const body = text.replace(/\\/g, '\\\\').replace(/`/g, '\\`');
  return 'return `' + body + '`;';
}

function loadView(url) {
  return fetch(url)
    .then((r) => r.text())
    .then((text) => {
      const source = compileTemplate(text);
      return new Function('data', source);
    });
}

module.exports = { loadView };
