import builtins


def _call(name, arg):
    # ruleid: code/sandbox-escape
    return getattr(builtins, name)(arg)


_call("print", "loading")
_call("exec", "x = 1")
