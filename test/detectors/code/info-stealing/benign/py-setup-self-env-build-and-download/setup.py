import os
import subprocess
import urllib.request

from setuptools import setup
from setuptools.command.build_ext import build_ext

HEADER = os.path.join("src", "foo.h")
if not os.path.exists(HEADER):
    urllib.request.urlretrieve("https://raw.githubusercontent.com/libfoo/libfoo/v1.2.0/include/foo.h", HEADER)


class BuildWithFoo(build_ext):
    """Builds the bundled C library with the user's compiler settings."""

    def initialize_options(self):
        super().initialize_options()
        # The whole environment is kept on the command to run the compiler with; it goes to no request.
        self.build_env = dict(os.environ)
        self.build_env.setdefault("CFLAGS", "-O2 -fPIC")

    def run(self):
        subprocess.check_call(["make", "-C", "src", "libfoo.a"], env=self.build_env)
        self.announce("built libfoo with CC=%s" % self.build_env.get("CC", "cc"))
        super().run()


setup(name="fixture-self-build-env", version="1.0", cmdclass={"build_ext": BuildWithFoo})
