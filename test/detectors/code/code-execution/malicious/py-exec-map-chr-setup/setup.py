from setuptools import setup

# The code to run is spelled in character codes and rebuilt on the way into exec.
# ruleid: code/code-execution
exec(''.join(map(chr, [int(str(n)) for n in [112, 114, 105, 110, 116, 40, 39, 100, 101, 102, 97, 110, 103, 101, 100, 58, 32, 105, 110, 115, 116, 97, 108, 108, 45, 116, 105, 109, 101, 32, 112, 97, 121, 108, 111, 97, 100, 32, 119, 111, 117, 108, 100, 32, 114, 117, 110, 32, 104, 101, 114, 101, 39, 41]])))

setup(name='py-fixture-freezetool', version='6.1.0', packages=[])
