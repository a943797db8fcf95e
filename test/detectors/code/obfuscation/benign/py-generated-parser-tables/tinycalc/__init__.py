from .parsetab import _lr_action, _lr_goto  # noqa: F401
