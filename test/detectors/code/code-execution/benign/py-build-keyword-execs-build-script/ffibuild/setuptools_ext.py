import os


def execfile(filename, glob):
    # The project's own build script, loaded the way setup.py would run it.
    with open(filename) as f:
        src = f.read()
    src += '\n'
    code = compile(src, filename, 'exec')
    exec(code, glob, glob)


def ffi_modules(dist, attr, value):
    for spec in value if isinstance(value, list) else [value]:
        build_file, _, name = spec.partition(':')
        glob = {'__name__': '__ffibuild__', '__file__': os.path.abspath(build_file)}
        execfile(build_file, glob)
        dist.ext_modules = (dist.ext_modules or []) + [glob[name].distutils_extension()]


def finalize(dist):
    # setuptools calls this in every build; it acts only for projects that list ffi_modules.
    value = getattr(dist, 'ffi_modules', None)
    if value:
        ffi_modules(dist, 'ffi_modules', value)
