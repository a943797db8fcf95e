from .core import greet
