import shutil
import subprocess

from PIL import Image


def thumbnail(src, dst, size=(256, 256)):
    img = Image.open(src)
    img.thumbnail(size)
    img.save(dst, optimize=True)
    return dst


def average_colour(src):
    img = Image.open(src).convert('RGB')
    pixels = list(img.getdata())
    n = len(pixels) or 1
    return tuple(sum(p[i] for p in pixels) // n for i in range(3))


def optimise(path):
    if shutil.which('optipng'):
        subprocess.run(['optipng', '-quiet', '-o2', path], check=False)
