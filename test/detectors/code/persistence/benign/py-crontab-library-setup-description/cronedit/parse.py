def parse_line(line):
    fields = line.split(None, 5)
    if len(fields) < 6:
        raise ValueError('not a crontab line: %r' % line)
    return fields
