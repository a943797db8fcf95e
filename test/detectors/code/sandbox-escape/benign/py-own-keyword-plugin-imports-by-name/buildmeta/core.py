def resolve_name(name):
    # `pkg.module:attr` from the project's setup.cfg hooks.
    module_name, _, attr_name = name.partition(':')
    ret = __import__(module_name, fromlist=[attr_name])
    return getattr(ret, attr_name)


def buildmeta(dist, attr, value):
    # Runs only for projects that pass buildmeta=True to setup().
    if not value:
        return
    for hook in getattr(dist, 'setup_hooks', []):
        resolve_name(hook)(dist)
