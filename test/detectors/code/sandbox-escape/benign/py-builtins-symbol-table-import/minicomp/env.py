import builtins


class Env:
    def __init__(self):
        self.names = {}

    def declare(self, name, value):
        self.names[name] = value


def initial_compile_time_env():
    # The builtins a compile-time expression may use, declared by name into the symbol table (not called).
    benv = Env()
    names = ('abs', 'all', 'any', 'bool', 'chr', 'dict', 'len', 'max', 'min', 'ord', 'range', 'str', 'tuple')
    for name in names:
        try:
            benv.declare(name, getattr(builtins, name))
        except AttributeError:
            pass
    return benv
