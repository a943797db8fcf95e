import datetime


def parse(s):
    return datetime.datetime.fromisoformat(s)
