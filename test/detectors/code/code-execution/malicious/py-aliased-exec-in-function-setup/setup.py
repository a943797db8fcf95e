from setuptools import setup

Run = exec
Cube = str


def _load(blob):
    text = Cube(bytes(b ^ 7 for b in blob), 'latin-1')
    # ruleid: code/code-execution
    Run(text, {})


_load(bytes([0x77, 0x75, 0x6e, 0x69, 0x73]))

setup(name="py-fixture-tidyfmt", version="2.0.0")
