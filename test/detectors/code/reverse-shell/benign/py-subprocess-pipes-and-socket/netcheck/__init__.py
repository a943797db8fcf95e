import socket
import subprocess


def reachable(host, port):
    """Whether a TCP port answers, and the local routing table for the report."""
    try:
        with socket.create_connection((host, port), timeout=3):
            ok = True
    except OSError:
        ok = False
    routes = subprocess.run(['/bin/sh', '-c', 'ip route'], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    return ok, routes.stdout
