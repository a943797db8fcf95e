from .runner import prepare
