import os
import shutil
from setuptools import setup

# Tidies the source tree before building: compiled files and old build folders of this project.
for root, dirs, files in os.walk('.'):
    for name in files:
        if name.endswith('.pyc'):
            os.remove(os.path.join(root, name))
shutil.rmtree('build', ignore_errors=True)
shutil.rmtree(os.path.join(os.path.dirname(__file__), 'dist'), ignore_errors=True)

setup(name='tidy-demo', version='1.2.0', packages=['tidy_demo'])
