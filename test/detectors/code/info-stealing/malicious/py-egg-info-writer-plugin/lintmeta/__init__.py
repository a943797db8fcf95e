"""Adds a lint summary to every package's egg-info."""
__version__ = '1.0.0'
