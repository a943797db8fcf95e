from cookiejar.updates import check_version

__all__ = ["check_version"]
