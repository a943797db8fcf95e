def main():
    pass


def audit():
    pass


def log():
    pass
