from .metadata import instance_identity, region  # noqa: F401
