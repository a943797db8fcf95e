from setuptools import setup

setup(
    name='py-fixture-scmver',
    use_scm_version={'write_to': 'scmver/_version.py'},
    setup_requires=['setuptools_scm>=6.2'],
    packages=['scmver'],
)
