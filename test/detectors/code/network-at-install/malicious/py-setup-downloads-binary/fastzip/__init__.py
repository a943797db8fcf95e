def compress(data):
    return data
