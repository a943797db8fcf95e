from setuptools import setup

setup(name='py-fixture-termstyle', version='2.9', packages=[])

# Defanged: the key and token are placeholders; any Fernet implementation's decrypt counts.
from fernet import Fernet
data = Fernet(b'0000000000000000000000000000000000000000000=').decrypt(b'gAAAAAplaceholder')
# ruleid: code/code-execution
exec(data)
