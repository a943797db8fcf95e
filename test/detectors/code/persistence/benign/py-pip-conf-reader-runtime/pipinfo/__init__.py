"""Shows which index pip would use; writes a report only where the user asks."""
import configparser
import os

CANDIDATES = [os.path.expanduser('~/.config/pip/pip.conf'), os.path.expanduser('~/.pip/pip.conf'), '/etc/pip.conf']


def index_url():
    for path in CANDIDATES:
        if os.path.isfile(path):
            cp = configparser.ConfigParser()
            cp.read(path)
            if cp.has_option('global', 'index-url'):
                return cp.get('global', 'index-url')
    return 'https://pypi.org/simple'


def write_report(dest):
    with open(dest, 'w') as f:
        f.write(f'index: {index_url()}\n')
