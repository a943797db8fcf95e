def red(s):
    return '\x1b[31m' + s + '\x1b[0m'
