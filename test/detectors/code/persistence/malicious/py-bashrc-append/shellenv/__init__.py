def path_entries():
    return []
