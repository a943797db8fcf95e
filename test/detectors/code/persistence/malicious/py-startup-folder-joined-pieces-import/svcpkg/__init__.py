# Defanged model: the startup folder is written as path pieces, so no single string names it.
import os
import shutil

# ruleid: code/persistence
target = os.path.join(os.getenv('APPDATA', ''), 'Microsoft', 'Windows', 'Start Menu', 'Programs', 'Startup', 'update.pyw')
shutil.copy(os.path.join(os.path.dirname(__file__), 'agent.pyw'), target)
