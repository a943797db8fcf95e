import os
import subprocess

from setuptools import setup

from build_helpers.prebuilt import fetch_prebuilt

# The environment goes to git; only git's answer is handed to the download helper.
version = subprocess.run(["git", "describe", "--tags"], env=os.environ, capture_output=True, text=True).stdout.strip()
fetch_prebuilt(version or "2.0.0")

setup(name="fixture-prebuilt", version="2.0.0")
