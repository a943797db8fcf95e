'use strict';

function parse(ua) {
  const browser = /(chrome|firefox|safari)\/([\d.]+)/i.exec(ua || '');
  return { browser: browser ? { name: browser[1], version: browser[2] } : undefined };
}

module.exports = { parse };
