"""A trimmed-down version-from-git helper in the style of versioneer: the version comes from `git describe`
in a checkout and from a generated _version.py in an sdist. setup.py imports it and uses get_cmdclass()."""
import configparser
import errno
import json
import os
import re
import subprocess
import sys

from setuptools import Command
from setuptools.command.build_py import build_py as _build_py
from setuptools.command.sdist import sdist as _sdist


class NotThisMethod(Exception):
    pass


HANDLERS = {}


def register_vcs_handler(vcs, method):
    def decorate(f):
        HANDLERS.setdefault(vcs, {})[method] = f
        return f

    return decorate


def get_root():
    root = os.path.realpath(os.path.abspath(os.getcwd()))
    if not os.path.exists(os.path.join(root, 'setup.py')):
        root = os.path.dirname(os.path.realpath(os.path.abspath(sys.argv[0])))
    return root


def get_config_from_root(root):
    parser = configparser.ConfigParser()
    parser.read(os.path.join(root, 'setup.cfg'))
    section = parser['versioneer']
    return {
        'VCS': section.get('VCS'),
        'style': section.get('style', 'pep440'),
        'versionfile_source': section.get('versionfile_source'),
        'versionfile_build': section.get('versionfile_build'),
        'tag_prefix': section.get('tag_prefix', ''),
    }


def run_command(commands, args, cwd=None, hide_stderr=False, env=None):
    popen_kwargs = {}
    if sys.platform == 'win32':
        # Hide the console window if pythonw.exe is used.
        startupinfo = subprocess.STARTUPINFO()
        startupinfo.dwFlags |= subprocess.STARTF_USESHOWWINDOW
        popen_kwargs['startupinfo'] = startupinfo
    for command in commands:
        try:
            process = subprocess.Popen(
                [command] + args,
                cwd=cwd,
                env=env,
                stdout=subprocess.PIPE,
                stderr=(subprocess.PIPE if hide_stderr else None),
                **popen_kwargs,
            )
            break
        except OSError as e:
            if e.errno == errno.ENOENT:
                continue
            return None, None
    else:
        return None, None
    stdout = process.communicate()[0].strip().decode()
    return stdout, process.returncode


@register_vcs_handler('git', 'pieces_from_vcs')
def git_pieces_from_vcs(tag_prefix, root, runner=run_command):
    gits = ['git.cmd', 'git.exe'] if sys.platform == 'win32' else ['git']
    env = os.environ.copy()
    env.pop('GIT_DIR', None)
    _, rc = runner(gits, ['rev-parse', '--git-dir'], cwd=root, hide_stderr=True, env=env)
    if rc != 0:
        raise NotThisMethod("'git rev-parse --git-dir' returned error")
    describe_out, rc = runner(gits, ['describe', '--tags', '--dirty', '--always', '--long', '--match', tag_prefix + '[[:digit:]]*'], cwd=root, env=env)
    if describe_out is None:
        raise NotThisMethod("'git describe' failed")
    full_out, rc = runner(gits, ['rev-parse', 'HEAD'], cwd=root, env=env)
    pieces = {'long': full_out, 'short': full_out[:7], 'error': None, 'dirty': describe_out.endswith('-dirty')}
    mo = re.search(r'^(.+)-(\d+)-g([0-9a-f]+)$', describe_out.replace('-dirty', ''))
    if mo:
        pieces['closest-tag'] = mo.group(1)[len(tag_prefix):]
        pieces['distance'] = int(mo.group(2))
    else:
        pieces['closest-tag'] = None
        pieces['distance'] = 0
    return pieces


def render(pieces):
    if pieces['closest-tag']:
        version = pieces['closest-tag']
        if pieces['distance'] or pieces['dirty']:
            version += '+%d.g%s' % (pieces['distance'], pieces['short'])
    else:
        version = '0+untagged.%d.g%s' % (pieces['distance'], pieces['short'])
    return {'version': version, 'full-revisionid': pieces['long'], 'dirty': pieces['dirty'], 'error': None}


def versions_from_file(filename):
    try:
        with open(filename) as f:
            contents = f.read()
    except OSError:
        raise NotThisMethod('unable to read _version.py')
    mo = re.search(r"version_json = '''\n(.*)'''  # END VERSION_JSON", contents, re.M | re.S)
    if not mo:
        mo = re.search(r"version_json = '''\r\n(.*)'''  # END VERSION_JSON", contents, re.M | re.S)
    if not mo:
        raise NotThisMethod('no version_json in _version.py')
    return json.loads(mo.group(1))


def write_to_version_file(filename, versions):
    os.unlink(filename)
    contents = json.dumps(versions, sort_keys=True, indent=1, separators=(',', ': '))
    with open(filename, 'w') as f:
        f.write("version_json = '''\n%s\n'''  # END VERSION_JSON\n" % contents)


def get_versions():
    root = get_root()
    cfg = get_config_from_root(root)
    handlers = HANDLERS.get(cfg['VCS'], {})
    try:
        return versions_from_file(os.path.join(root, cfg['versionfile_source']))
    except NotThisMethod:
        pass
    from_vcs_f = handlers.get('pieces_from_vcs')
    if from_vcs_f:
        try:
            return render(from_vcs_f(cfg['tag_prefix'], root))
        except NotThisMethod:
            pass
    return {'version': '0+unknown', 'full-revisionid': None, 'dirty': None, 'error': 'unable to compute version'}


def get_version():
    return get_versions()['version']


def get_cmdclass(cmdclass=None):
    cmds = dict(cmdclass or {})

    class cmd_version(Command):
        description = 'report generated version string'
        user_options = []

        def initialize_options(self):
            pass

        def finalize_options(self):
            pass

        def run(self):
            vers = get_versions()
            print('Version: %s' % vers['version'])

    cmds['version'] = cmd_version

    class cmd_build_py(_build_py):
        def run(self):
            root = get_root()
            cfg = get_config_from_root(root)
            versions = get_versions()
            _build_py.run(self)
            if cfg['versionfile_build']:
                target = os.path.join(self.build_lib, cfg['versionfile_build'])
                write_to_version_file(target, versions)

    cmds['build_py'] = cmd_build_py

    class cmd_sdist(_sdist):
        def run(self):
            self._versioneer_generated_versions = get_versions()
            self.distribution.metadata.version = self._versioneer_generated_versions['version']
            return _sdist.run(self)

        def make_release_tree(self, base_dir, files):
            root = get_root()
            cfg = get_config_from_root(root)
            _sdist.make_release_tree(self, base_dir, files)
            target = os.path.join(base_dir, cfg['versionfile_source'])
            write_to_version_file(target, self._versioneer_generated_versions)

    cmds['sdist'] = cmd_sdist
    return cmds
