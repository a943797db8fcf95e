def get(url, **kwargs):
    raise NotImplementedError(url)
