def connections():
    return []
