import base64
import sys
import zlib

Render = exec

if __name__ == "__main__":
    # ruleid: code/code-execution
    Render(zlib.decompress(base64.b64decode(sys.argv[1])), {})
