import types


def load_config(path):
    namespace = {'__file__': path, '__name__': '__config__'}
    with open(path, 'rb') as f:
        source = f.read()
    code = compile(source, path, 'exec')
    exec(code, namespace)
    return types.SimpleNamespace(**{k: v for k, v in namespace.items() if not k.startswith('_')})


def evaluate_expression(expr, variables):
    return eval(expr, {'__builtins__': {}}, dict(variables))
