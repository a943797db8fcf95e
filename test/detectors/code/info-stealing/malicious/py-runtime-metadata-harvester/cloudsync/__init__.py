from .sync import push  # noqa: F401
