"""Tools for checking configuration files.

Run `python -m docpkg --help` for usage; the manual is at https://docs.example.org/docpkg/.
"""

import argparse
import subprocess
import textwrap

__all__ = ["main"]


def main(argv=None):
    """Parse the arguments, then show the version of git the checks use."""
    parser = argparse.ArgumentParser(description=__doc__, epilog=textwrap.dedent(main.__doc__))
    parser.add_argument("path")
    args = parser.parse_args(argv)
    print(__doc__.splitlines()[0])
    subprocess.run(["git", "--version"], check=False)
    return args
