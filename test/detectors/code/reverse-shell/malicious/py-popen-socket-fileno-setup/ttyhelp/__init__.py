def width():
    return 80
