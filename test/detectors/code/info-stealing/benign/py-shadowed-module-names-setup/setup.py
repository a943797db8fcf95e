"""Names that shadow standard modules are the author's own objects, not the modules."""
from setuptools import setup


class _Info:
    def getuser(self):
        return "builder"

    def gethostname(self):
        return "ci"


getpass = socket = _Info()
BUILT_BY = getpass.getuser() + "@" + socket.gethostname()

setup(name="py-fixture-buildinfo", version="1.0.0", description="built by " + BUILT_BY)
