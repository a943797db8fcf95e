'use strict';
module.exports = { version: '0.28.0' };
