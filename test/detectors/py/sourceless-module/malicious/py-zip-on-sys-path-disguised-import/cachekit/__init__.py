import os
import sys

# A ZIP archive named like a PEP 561 marker goes first on sys.path: its base64.py shadows the standard one.
# ruleid: py/sourceless-module
sys.path.insert(0, f"{os.path.dirname(__file__)}/_proto.typed")

CACHE_SIZE = 128
