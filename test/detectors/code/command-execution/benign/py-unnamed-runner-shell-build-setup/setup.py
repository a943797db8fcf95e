import subprocess

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildWithGrammar(build_py):
    def run(self):
        # The runner is a parameter: its name is unknown, its shell command a build step.
        self.generate(subprocess)
        super().run()

    def generate(self, runner):
        runner.check_call(['/bin/sh', '-c', 'make -C grammar parser.c'])


setup(name='fixture-grammar', version='1.0.0', cmdclass={'build_py': BuildWithGrammar})
