"""Starts the user's server for the dev UI, after checking that its port is free."""
import os
import socket
import subprocess
import sys


def start_user_server(port):
    env = {**os.environ, 'APP_LOG_LEVEL': 'WARNING'}
    return subprocess.Popen([sys.executable, '-m', 'devapp.server', str(port)], env=env)


def port_in_use(port):
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        return s.connect_ex(('127.0.0.1', port)) == 0


PORT = int(os.environ.get('DEVAPP_PORT', '8765'))
if not port_in_use(PORT):
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.settimeout(0.2)
        probe.connect_ex(('127.0.0.1', PORT))
    user_proc = start_user_server(PORT)
