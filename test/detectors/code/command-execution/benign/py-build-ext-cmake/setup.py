import os
import subprocess
import sys

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext


class CMakeExtension(Extension):
    def __init__(self, name, sourcedir=''):
        Extension.__init__(self, name, sources=[])
        self.sourcedir = os.path.abspath(sourcedir)


class CMakeBuild(build_ext):
    def run(self):
        subprocess.check_output(['cmake', '--version'])
        for ext in self.extensions:
            self.build_extension(ext)

    def build_extension(self, ext):
        extdir = os.path.abspath(os.path.dirname(self.get_ext_fullpath(ext.name)))
        cfg = 'Debug' if self.debug else 'Release'
        if not os.path.exists(self.build_temp):
            os.makedirs(self.build_temp)
        subprocess.check_call(
            ['cmake', ext.sourcedir, '-DCMAKE_LIBRARY_OUTPUT_DIRECTORY=' + extdir, '-DPYTHON_EXECUTABLE=' + sys.executable],
            cwd=self.build_temp,
        )
        subprocess.check_call(['cmake', '--build', '.', '--config', cfg], cwd=self.build_temp)


setup(
    name='py-fixture-fastgeo',
    version='2.4.0',
    packages=['fastgeo'],
    ext_modules=[CMakeExtension('fastgeo._core')],
    cmdclass={'build_ext': CMakeBuild},
)
