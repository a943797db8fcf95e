import argparse
import subprocess
import sys


def git(*args, cwd=None):
    return subprocess.run(['git', *args], cwd=cwd, check=True, capture_output=True, text=True).stdout


def changed_files(repo):
    out = subprocess.check_output(['git', 'status', '--porcelain'], cwd=repo, text=True)
    return [line[3:] for line in out.splitlines()]


def run_hook(command):
    return subprocess.call(command, shell=True)


def main(argv=None):
    parser = argparse.ArgumentParser(prog='gitstat')
    parser.add_argument('repo', nargs='?', default='.')
    ns = parser.parse_args(argv)
    for f in changed_files(ns.repo):
        print(f)
    return 0


if __name__ == '__main__':
    sys.exit(main())
