def trace():
    return None
