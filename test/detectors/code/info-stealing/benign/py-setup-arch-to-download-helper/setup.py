import os
import platform

from setuptools import setup

from tools.download import fetch

# The platform picks the prebuilt binary; nothing about the machine or its user leaves with the request.
fetch(platform.system().lower(), platform.machine(), os.path.expanduser("~/.cache/fixture-arch"))

setup(name="fixture-arch", version="3.1.0")
