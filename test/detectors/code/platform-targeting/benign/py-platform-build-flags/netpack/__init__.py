import os

if os.name == 'nt':
    DEFAULT_CACHE = os.path.join(os.environ.get('LOCALAPPDATA', ''), 'netpack')
else:
    DEFAULT_CACHE = os.path.expanduser('~/.cache/netpack')
