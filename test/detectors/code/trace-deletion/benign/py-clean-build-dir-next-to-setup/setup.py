import os
import shutil

from setuptools import setup

here = os.path.abspath(os.path.dirname(__file__))
shutil.rmtree(os.path.join(here, 'build'), ignore_errors=True)
for name in ('MANIFEST', 'cleanbuild2.egg-info'):
    target = os.path.join(os.path.dirname(os.path.abspath(__file__)), name)
    if os.path.isdir(target):
        shutil.rmtree(target)

setup(name='py-fixture-cleanbuild2', version='1.0.0', packages=['cleanbuild2'])
