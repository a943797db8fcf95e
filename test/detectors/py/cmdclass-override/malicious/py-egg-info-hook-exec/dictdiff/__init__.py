def diff(a, b):
    return {k for k in set(a) | set(b) if a.get(k) != b.get(k)}
