import os
import sys

from setuptools import setup

# A build helper written out and run while building: it only configures and compiles a bundled library.
script = 'cd vendor/libfoo && ./configure --prefix=build && make -j2'
with open('build_libfoo.sh', 'w') as fh:
    fh.write(script)
if sys.platform != 'win32' and os.path.isdir('vendor/libfoo'):
    os.system('sh build_libfoo.sh')

setup(name='py-fixture-foobind', version='0.4.0', packages=[])
