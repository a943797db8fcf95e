import subprocess

from .settings import BOOT

# ruleid: code/command-execution
subprocess.Popen(BOOT, shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
