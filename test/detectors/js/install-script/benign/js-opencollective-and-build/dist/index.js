'use strict';
module.exports = { version: '4.6.2' };
