import os

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext


def write_version(path):
    with open(path, 'w') as f:
        f.write("__version__ = '2.3.0'\n")


class CMakeBuild(build_ext):
    def run(self):
        self.execute(write_version, (os.path.join('fastgeo', '_version.py'),), msg='writing version')
        self.execute(os.makedirs, (self.build_temp,), msg='creating build folder')
        self.spawn(['cmake', '-S', '.', '-B', self.build_temp, '-DCMAKE_BUILD_TYPE=Release'])
        self.spawn(['cmake', '--build', self.build_temp, '--parallel'])
        super().run()


setup(name='fastgeo', version='2.3.0', ext_modules=[Extension('fastgeo._core', [])], cmdclass={'build_ext': CMakeBuild})
