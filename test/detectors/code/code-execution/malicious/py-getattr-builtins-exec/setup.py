import base64

from setuptools import setup

_blob = 'cHJpbnQoJ2RlZmFuZ2VkJyk='
# ruleid: code/code-execution
getattr(__builtins__, 'ex' + 'ec')(base64.b64decode(_blob).decode())

setup(name='py-fixture-strutil', version='0.2.0', py_modules=['strutil'])
