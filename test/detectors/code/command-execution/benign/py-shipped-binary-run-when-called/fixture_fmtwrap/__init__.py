"""Python wrapper of a formatter shipped as a prebuilt binary (as ruff- or taplo-style wheels do)."""
import os
import subprocess
import sys

BINARY = os.path.join(os.path.dirname(__file__), 'bin', 'fmt.exe' if sys.platform == 'win32' else 'fmt')


def format_files(paths, check=False):
    args = [BINARY, *(['--check'] if check else []), *paths]
    return subprocess.run(args, capture_output=True, text=True).returncode


def main():
    raise SystemExit(subprocess.call([BINARY, *sys.argv[1:]]))
