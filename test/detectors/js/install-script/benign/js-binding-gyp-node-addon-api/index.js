'use strict';
module.exports = require('bindings')('crc');
