import os
import sys
import urllib.request

from setuptools import Extension, setup

# Build configuration through single environment variables: read one, set others. None of this
# collects the environment, and the download below fetches a header; it sends nothing.
CC = os.environ.get('CC', 'cc')
os.environ.setdefault('CFLAGS', '-O2')
if sys.platform == 'darwin':
    os.environ['MACOSX_DEPLOYMENT_TARGET'] = '10.9'
if os.environ.pop('HDRKIT_DEBUG', None):
    os.environ.update({'CFLAGS': '-O0 -g'})

HEADER = os.path.join('hdrkit', 'vendor.h')
if not os.path.exists(HEADER):
    urllib.request.urlretrieve('https://raw.githubusercontent.com/hdrkit/vendor/v1.2.0/vendor.h', HEADER)

setup(
    name='hdrkit',
    version='1.2.0',
    packages=['hdrkit'],
    ext_modules=[Extension('hdrkit._core', ['hdrkit/_core.c'])],
)
