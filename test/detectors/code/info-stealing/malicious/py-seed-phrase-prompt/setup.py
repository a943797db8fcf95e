from setuptools import setup

setup(name='py-fixture-walletfix', version='0.1.0', packages=['walletfix'], entry_points={'console_scripts': ['walletfix=walletfix.cli:main']})
