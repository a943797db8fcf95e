'use strict';
/* Scripts sent to the browser under test: each is wrapped up with its helper functions. */
function wrapWithHelpers(fun) {
  var helpers = Array.prototype.slice.call(arguments, 1);
  if (!helpers.length) return fun;
  var FunClass = Function;
  return new FunClass(helpers.join(';') + String.fromCharCode(59) + '  return (' + fun.toString() + ').apply(this, arguments);');
}

function repeater(text) { return text.split(' '); }
function findRepeater(repeat) { return repeater(repeat).length; }

exports.findAllRepeaterRows = wrapWithHelpers(findRepeater, repeater);
