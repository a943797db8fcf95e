from .processor import processing
