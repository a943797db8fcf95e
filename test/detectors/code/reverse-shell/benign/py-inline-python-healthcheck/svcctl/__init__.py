import subprocess

# A health check run in a fresh interpreter: it connects to the local service and closes again; the
# inline program has a socket but hands nothing a shell.
CHECK = (
    'python3 -c \'import socket,os;'
    's=socket.socket(socket.AF_INET,socket.SOCK_STREAM);'
    's.settimeout(2);'
    's.connect(("127.0.0.1", int(os.environ.get("SVC_PORT", "8080"))));'
    's.close()\''
)


def healthy():
    return subprocess.run(CHECK, shell=True).returncode == 0


def restart(name):
    subprocess.run(['systemctl', 'restart', name], check=True)
