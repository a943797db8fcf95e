from .keys import register_key
