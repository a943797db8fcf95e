def ping(host):
    return host
