from setuptools import setup

setup(name="fixture-timeouts", version="1.4.0", packages=["fixture_timeouts"])
