# Starts coverage measurement in subprocesses when the test runner asks for it.
import os

if os.environ.get('COVERAGE_PROCESS_START'):
    import coverage

    coverage.process_startup()
