from setuptools import setup

setup(name='py-fixture-asyncio-kit', version='0.22.2', packages=['asyncio_kit', 'asyncio_kit._core', 'asyncio_kit._core._tests'])
