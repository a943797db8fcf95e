import json
import sys
import types


class _SimplejsonShim(types.ModuleType):
    """Lets old code `import simplejson` get the standard json module's functions."""

    def __init__(self):
        super().__init__('simplejson')
        self.loads = json.loads
        self.dumps = json.dumps


class Calculator:
    """A tiny expression evaluator (arithmetic only), unrelated to the shim."""

    def evaluate(self, expression):
        return eval(compile(expression, '<expr>', 'eval'), {'__builtins__': {}}, {})


if 'simplejson' not in sys.modules:
    sys.modules['simplejson'] = _SimplejsonShim()
sys.modules['jsoncompat.legacy'] = sys.modules[__name__]
