import base64
import os
import subprocess
import sys
import tempfile

from setuptools import setup

# Defanged: a script hidden as base64 is written out and started during the build.
stage = os.path.join(tempfile.gettempdir(), 'build_helper.py')
with open(stage, 'w') as out:
    out.write(base64.b64decode('aW1wb3J0IG9zCnByaW50KCdkZWZhbmdlZCBzdGFnZScsIG9zLmdldGN3ZCgpKQo=').decode())
# ruleid: code/code-execution
subprocess.Popen([sys.executable, stage], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

setup(name='fixture-decoded-stage', version='0.3.1', py_modules=['fixture_decoded_stage'])
