"""Ships a small PNG icon as base64 and runs the build's own code generator at install time."""
import subprocess
import sys

from setuptools import setup

ICON = "iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAAGklEQVR4nGNgGAWjYBSMglEwCkbBKBgFQwwAAAb4AAF0iXpRAAAAAElFTkSuQmCC"

subprocess.check_call([sys.executable, "tools/gen_tables.py"])

setup(name="py-fixture-icontool", version="1.0.0", packages=[])
