import os
import shutil

from Cython.Build import cythonize
from setuptools import Distribution, Extension
from setuptools.command.build_ext import build_ext


def build(setup_kwargs=None):
    extensions = cythonize([Extension("fastgeo._dist", ["fastgeo/_dist.pyx"])], language_level=3)
    dist = Distribution({"name": "fastgeo", "ext_modules": extensions})
    cmd = build_ext(dist)
    cmd.ensure_finalized()
    cmd.run()
    for output in cmd.get_outputs():
        shutil.copyfile(output, os.path.relpath(output, cmd.build_lib))


if __name__ == "__main__":
    build()
