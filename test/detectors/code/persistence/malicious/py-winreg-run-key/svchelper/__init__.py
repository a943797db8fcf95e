def status():
    return 'ok'
