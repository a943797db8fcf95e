import os


def changes():
    with open(os.path.join(os.path.dirname(__file__), 'CHANGES.txt')) as fh:
        return fh.read()
