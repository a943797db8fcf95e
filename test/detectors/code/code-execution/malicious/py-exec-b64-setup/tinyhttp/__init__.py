def get(url):
    raise NotImplementedError
