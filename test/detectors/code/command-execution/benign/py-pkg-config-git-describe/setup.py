import subprocess

from setuptools import Extension, setup


def pkg_config(flag, lib):
    try:
        out = subprocess.check_output(['pkg-config', flag, lib])
    except (OSError, subprocess.CalledProcessError):
        return []
    return out.decode().split()


def git_version():
    try:
        out = subprocess.check_output(['git', 'describe', '--tags', '--always'], stderr=subprocess.DEVNULL)
        return out.decode().strip().lstrip('v')
    except (OSError, subprocess.CalledProcessError):
        return '0.0.0'


cflags = pkg_config('--cflags', 'libyaml')
libs = pkg_config('--libs', 'libyaml')

setup(
    name='py-fixture-yamlc',
    version=git_version(),
    packages=['yamlc'],
    ext_modules=[Extension('yamlc._ext', ['yamlc/_ext.c'], extra_compile_args=cflags, extra_link_args=libs)],
)
