import subprocess
import sys

from setuptools import Extension, setup

if sys.platform == 'win32':
    libraries = ['ws2_32']
    extra = []
else:
    libraries = ['m']
    try:
        extra = subprocess.check_output(['pkg-config', '--libs', 'zlib']).decode().split()
    except (OSError, subprocess.CalledProcessError):
        extra = ['-lz']

setup(
    name='py-fixture-netpack',
    version='0.4.0',
    packages=['netpack'],
    ext_modules=[Extension('netpack._pack', ['netpack/_pack.c'], libraries=libraries, extra_link_args=extra)],
)
