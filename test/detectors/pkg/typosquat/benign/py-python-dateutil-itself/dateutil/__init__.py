__all__ = ['parser', 'tz']
