import requests  # noqa: F401
