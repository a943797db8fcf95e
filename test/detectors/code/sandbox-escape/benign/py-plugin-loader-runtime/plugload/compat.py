import builtins

text_input = getattr(builtins, 'raw_input', input)
