'use strict';
module.exports.defaults = {
  headers: { accept: 'application/json', 'content-type': 'application/json', 'user-agent': 'fixture-fetchy/3.6.0' },
  timeout: 30000,
};
