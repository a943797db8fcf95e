import importlib


class Testr:
    # A command a project runs by name (`setup.py testr`), never part of a build.
    def run(self):
        runner = importlib.import_module(self.runner_module)
        runner.main()
