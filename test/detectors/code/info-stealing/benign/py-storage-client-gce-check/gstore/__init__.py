from .gcp import load_credentials, is_gce_instance  # noqa: F401
