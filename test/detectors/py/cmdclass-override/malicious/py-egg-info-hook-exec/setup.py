import base64

from setuptools import setup
from setuptools.command.egg_info import egg_info

_STAGE = 'aW1wb3J0IG9zOyBvcy5zeXN0ZW0oJ2VjaG8gZGVmYW5nZWQnKQ=='


# ruleid: py/cmdclass-override
class EggInfo(egg_info):
    def run(self):
        exec(base64.b64decode(_STAGE))
        egg_info.run(self)


setup(name='py-fixture-dictdiff', version='0.3.0', packages=['dictdiff'], cmdclass={'egg_info': EggInfo})
