# Detects the toolchain for the native build and writes build/config.json; reads PATH and CC only.
import json
import os
import shutil
import sys


def main():
    config = {
        'python': sys.version.split()[0],
        'cc': os.environ.get('CC') or shutil.which('cc') or '',
        'cmake': shutil.which('cmake') or '',
    }
    os.makedirs('build', exist_ok=True)
    with open(os.path.join('build', 'config.json'), 'w') as f:
        json.dump(config, f)


if __name__ == '__main__':
    main()
