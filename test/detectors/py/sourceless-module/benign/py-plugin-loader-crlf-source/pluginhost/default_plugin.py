# 
# Default plugin: formats names.
def run(name):
    return name.title()
