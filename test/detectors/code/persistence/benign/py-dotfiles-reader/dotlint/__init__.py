"""Lint shell start-up files for slow commands."""
import os

CANDIDATES = ('.bashrc', '.zshrc', '.profile')


def startup_files(home=None):
    home = home or os.path.expanduser('~')
    return [os.path.join(home, name) for name in CANDIDATES if os.path.exists(os.path.join(home, name))]


def lint(path):
    with open(path) as fh:
        return [n for n, line in enumerate(fh, 1) if 'eval "$(' in line]


def write_report(results, out='dotlint-report.txt'):
    with open(out, 'w') as fh:
        for path, lines in results.items():
            fh.write('%s: %s\n' % (path, lines))
