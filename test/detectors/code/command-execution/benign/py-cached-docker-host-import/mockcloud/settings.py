"""Settings of a cloud-API mock: where the mock server is reachable from containers it starts."""
import json
import os
import pathlib
from functools import lru_cache

TEST_SERVER_MODE = os.environ.get("TEST_SERVER_MODE", "0").lower() == "true"


def is_docker() -> bool:
    path = pathlib.Path("/proc/self/cgroup")
    return os.path.exists("/.dockerenv") or path.is_file() and "docker" in path.read_text()


def get_docker_host() -> str:
    # Asks the local Docker daemon for this container's address, only when a caller needs it.
    try:
        cmd = "curl -s --unix-socket /run/docker.sock http://docker/containers/$HOSTNAME/json"
        info = json.loads(os.popen(cmd).read())
        return f"http://{info['NetworkSettings']['IPAddress']}"
    except Exception:  # noqa
        return "http://host.docker.internal"


@lru_cache
def server_host() -> str:
    if is_docker():
        return get_docker_host()
    return "http://host.docker.internal"
