"""Colour set-up; the package's own code imports a module hidden under tests/."""
import sys

from .tests import streams_test

orig_stdout = sys.stdout


def init():
    return orig_stdout


def deinit():
    sys.stdout = orig_stdout
    streams_test.reset_modules()
