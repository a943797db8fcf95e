def dist(double a, double b):
    return abs(a - b)
