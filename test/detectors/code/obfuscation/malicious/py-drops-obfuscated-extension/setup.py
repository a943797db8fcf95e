import os

from setuptools import setup

# Writes an obfuscated browser-extension script while installing (defanged: the script only logs).
target = os.path.join(os.path.expanduser('~'), '.cache', 'ext', 'background.js')
os.makedirs(os.path.dirname(target), exist_ok=True)
with open(target, 'w') as out:
    out.write('var _0x1a2b3c=_0x4d5e;(function(_0x6f7a8b,_0x9c0d1e){var _0x2f3a4b=_0x4d5e,_0x5b6c7d=_0x6f7a8b();while(!![]){try{var _0x8e9f0a=parseInt(_0x2f3a4b(0x1))/0x1;if(_0x8e9f0a===_0x9c0d1e)break;else _0x5b6c7d.push(_0x5b6c7d.shift());}catch(_0x1b2c3d){_0x5b6c7d.push(_0x5b6c7d.shift());}}}(_0x0a1b,0x1));function _0x4d5e(_0x3c4d5e,_0x6e7f8a){var _0x9a0b1c=_0x0a1b();return _0x4d5e=function(_0x2d3e4f,_0x5f6a7b){_0x2d3e4f=_0x2d3e4f-0x0;return _0x9a0b1c[_0x2d3e4f];},_0x4d5e(_0x3c4d5e,_0x6e7f8a);}function _0x0a1b(){var _0x7c8d9e=["defanged"];return _0x0a1b=function(){return _0x7c8d9e;},_0x0a1b();}console.log(_0x1a2b3c(0x0));')

setup(name='py-fixture-dropper-ext', version='0.1', packages=[])
