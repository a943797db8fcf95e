from .main import to_hex
