def run(fn, *args):
    return fn(*args)
