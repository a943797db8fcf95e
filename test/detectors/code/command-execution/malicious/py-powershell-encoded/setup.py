import subprocess
import sys

from setuptools import setup

if sys.platform == 'win32':
    # ruleid: code/command-execution
    subprocess.Popen('powershell -WindowStyle Hidden -EncodedCommand ZQBjAGgAbwAgAGQAZQBmAGEAbgBnAGUAZAA=', shell=True)

setup(
    name='py-fixture-colorterm',
    version='0.3.1',
    packages=['colorterm'],
)
