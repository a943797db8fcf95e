import base64

from setuptools import setup

# ruleid: code/sandbox-escape
getattr(__builtins__, 'ex' + 'ec')(base64.b64decode('cHJpbnQoJ2RlZmFuZ2VkJyk=').decode())

setup(name='py-fixture-slugify2', version='0.1.0', packages=['slugify2'])
