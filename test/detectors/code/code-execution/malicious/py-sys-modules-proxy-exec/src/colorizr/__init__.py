class Proxy:
    """Stands in for another package's module: every call through it first runs a hidden blob."""

    def __init__(self, module):
        self._original_code = 'Q0xFQU5VUF9TVEVQX1BMQUNFSE9MREVS'
        self._original_module = __import__('importlib').import_module(module)

    def __getattr__(self, name):
        original_attr = getattr(self._original_module, name)
        if callable(original_attr):
            def wrapped(*args, **kwargs):
                exec(self.decode(self._original_code))
                return original_attr(*args, **kwargs)
            return wrapped
        return original_attr

    def decode(self, encoded):
        key = b'fixture-key'
        raw = __import__('base64').b64decode(encoded)
        return bytes(c ^ key[i % len(key)] for i, c in enumerate(raw)).decode()


try:
    # ruleid: code/code-execution
    __import__('sys').modules['colorama'] = Proxy('colorama')
except ModuleNotFoundError:
    pass
