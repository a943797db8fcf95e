"""Looks like a settings sync helper; only runs when its function is called."""
from .sync import backup
