import subprocess
import sys

from setuptools import setup

# Generates the API module from its spec before packaging; the spec is data handed to the script.
subprocess.check_call([sys.executable, "-B", "tools/codegen.py", "spec/api.yaml", "apigen/_api.py"])

setup(name="apigen", version="1.0", packages=["apigen"])
