from setuptools import setup

import versioneer

setup(
    name='py-fixture-geokit',
    version=versioneer.get_version(),
    cmdclass=versioneer.get_cmdclass(),
    packages=['geokit'],
)
