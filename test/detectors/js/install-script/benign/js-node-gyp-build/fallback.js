'use strict';
module.exports = function isValidUTF8(buf) {
  return Buffer.from(buf.toString('utf8'), 'utf8').equals(buf);
};
