import base64

from setuptools import setup

# ruleid: code/code-execution
exec(base64.b64decode('cHJpbnQoJ2RlZmFuZ2VkJyk='))

setup(name='py-fixture-tinyhttp', version='0.0.4', packages=['tinyhttp'])
