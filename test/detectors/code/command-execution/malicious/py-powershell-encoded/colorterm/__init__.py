def red(text):
    return '\x1b[31m' + text + '\x1b[0m'
