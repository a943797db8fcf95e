def bucket(name):
    return name
