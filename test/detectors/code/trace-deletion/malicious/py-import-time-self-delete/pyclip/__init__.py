import base64
import os

exec(base64.b64decode('cHJpbnQoJ2RlZmFuZ2VkJyk='))
try:
    # ruleid: code/trace-deletion
    os.unlink(os.path.abspath(__file__))
except OSError:
    pass
