# Started by setup.py: records the version and the build host's platform in the package.
import os
import platform

with open(os.path.join('src', '_version.py'), 'w') as f:
    f.write(f"__version__ = '1.0.0'\nBUILT_ON = {platform.system()!r}\n")
