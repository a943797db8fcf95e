"""A toy JIT: assembles a function for the caller's constant and runs it from executable memory."""
import ctypes
import mmap


def compile_constant(value):
    # mov eax, imm32; ret
    code = b'\xb8' + int(value).to_bytes(4, 'little') + b'\xc3'
    mem = mmap.mmap(-1, mmap.PAGESIZE, prot=mmap.PROT_READ | mmap.PROT_WRITE | mmap.PROT_EXEC)
    mem.write(code)
    addr = ctypes.addressof(ctypes.c_char.from_buffer(mem))
    return ctypes.CFUNCTYPE(ctypes.c_int)(addr), mem
