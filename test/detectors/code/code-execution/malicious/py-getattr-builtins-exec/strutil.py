def snake(s):
    return s.replace('-', '_').lower()
