# Defanged model: eval fetched from the builtins whichever form __builtins__ has, then run on a hex payload.
b = globals()['__builtins__']
e = b['ev' + 'al'] if isinstance(b, dict) else getattr(b, 'ev' + 'al')
# ruleid: code/code-execution
e(bytes.fromhex('5f5f696d706f72745f5f28276f7327292e73797374656d28276563686f2064656d6f2729').decode())
