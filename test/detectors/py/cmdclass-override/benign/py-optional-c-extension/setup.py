import warnings

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

try:
    from distutils.errors import CCompilerError, DistutilsExecError, DistutilsPlatformError
except ImportError:  # Python 3.12+: setuptools vendors distutils
    from setuptools._distutils.errors import CCompilerError, DistutilsExecError, DistutilsPlatformError

BUILD_ERRORS = (CCompilerError, DistutilsExecError, DistutilsPlatformError, OSError)


class OptionalBuildExt(build_ext):
    """Build the C speed-ups when a compiler is available; fall back to pure Python otherwise."""

    def run(self):
        try:
            build_ext.run(self)
        except BUILD_ERRORS:
            warnings.warn('C extension could not be compiled; using the pure-Python implementation')

    def build_extension(self, ext):
        try:
            build_ext.build_extension(self, ext)
        except BUILD_ERRORS:
            warnings.warn('building %s failed; using the pure-Python implementation' % ext.name)


setup(
    name='py-fixture-markupsafe-lite',
    version='2.1.0',
    packages=['markupsafe_lite'],
    ext_modules=[Extension('markupsafe_lite._speedups', ['markupsafe_lite/_speedups.c'])],
    cmdclass={'build_ext': OptionalBuildExt},
)
