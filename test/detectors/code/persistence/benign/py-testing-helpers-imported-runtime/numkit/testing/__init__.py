from .utils import assert_close, run_cli  # noqa: F401
