import sys

from .updater import self_update


def main():
    if sys.argv[1:] == ['self-update']:
        return 0 if self_update() else 1
    print('usage: toolbox self-update')
    return 2
