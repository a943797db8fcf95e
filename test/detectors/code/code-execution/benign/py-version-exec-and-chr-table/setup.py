import os

from setuptools import setup

about = {}
with open(os.path.join('slugger', '__version__.py')) as f:
    exec(f.read(), about)

# Characters allowed in slugs, built from code points (data, not code).
ALLOWED = ''.join(map(chr, range(97, 123)))

setup(name='py-fixture-slugger', version=about['__version__'], packages=['slugger'])
