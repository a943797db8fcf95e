import os
import sys


def install_plugin(name):
    """`plugman add NAME`: install a plugin into this interpreter when the user asks for it."""
    return os.system(f"{sys.executable} -m pip install plugman-{name}")


def run_tool(tool, args):
    return os.system(f"{tool} {args}")
