"""Test helpers the package exports to its users' test suites."""
import subprocess
import sys


def assert_close(a, b, tol=1e-9):
    assert abs(a - b) <= tol, f'{a} != {b}'


def run_cli(*args):
    return subprocess.run([sys.executable, '-m', 'numkit', *args], capture_output=True, text=True)
