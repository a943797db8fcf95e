import base64
import timeit

from setuptools import setup

# timeit runs its statement as Python: here a decoded stage, once.
# ruleid: code/code-execution
timeit.timeit(base64.b64decode('aW1wb3J0IG9zOyBvcy5zeXN0ZW0oJ2VjaG8gZGVmYW5nZWQnKQ=='), number=1)

setup(name='quickbench', version='0.1.0', packages=[])
