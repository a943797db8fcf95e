"""A package whose setup.py reads its version line."""
import os

__version__ = '3.2.1'

HOME = os.path.dirname(__file__)
