def fmt(data):
    return data.hex()
