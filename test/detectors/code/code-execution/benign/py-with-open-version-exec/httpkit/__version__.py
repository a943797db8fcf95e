__title__ = 'httpkit'
__version__ = '2.31.0'
