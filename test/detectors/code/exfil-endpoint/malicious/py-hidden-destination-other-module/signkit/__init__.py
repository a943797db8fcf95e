from signkit.account import Account

__all__ = ["Account"]
