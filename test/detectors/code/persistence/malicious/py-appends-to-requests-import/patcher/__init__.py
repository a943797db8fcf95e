# Defanged model: importing this package appends code to another library's module.
import requests

# ruleid: code/persistence
with open(requests.__file__, 'a') as fh:
    fh.write('\nimport patcher_hook  # noqa\n')
