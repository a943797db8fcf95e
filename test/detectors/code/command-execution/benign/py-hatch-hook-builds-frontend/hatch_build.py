import os
import shutil
import subprocess

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class FrontendHook(BuildHookInterface):
    def initialize(self, version, build_data):
        if os.environ.get("DASHUI_SKIP_JS"):
            return
        npm = shutil.which("npm")
        if npm is None:
            raise RuntimeError("npm is needed to build the dashboard")
        subprocess.run([npm, "ci"], cwd="frontend", check=True)
        subprocess.run([npm, "run", "build"], cwd="frontend", check=True)
        build_data["artifacts"].append("src/dashui/static")
