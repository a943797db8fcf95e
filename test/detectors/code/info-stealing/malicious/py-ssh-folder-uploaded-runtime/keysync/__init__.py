from .core import backup_keys
