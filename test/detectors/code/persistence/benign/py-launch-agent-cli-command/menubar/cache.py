import os

CACHE = os.path.join(os.path.expanduser('~'), '.cache', 'menubar')


def warm_cache():
    os.makedirs(CACHE, exist_ok=True)
    with open(os.path.join(CACHE, 'icons.idx'), 'w') as fh:
        fh.write('')
