def where():
    return __file__
