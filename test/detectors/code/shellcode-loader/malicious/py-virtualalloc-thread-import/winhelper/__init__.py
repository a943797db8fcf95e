import base64
import ctypes

# Defanged: the "shellcode" is harmless text; the loader pattern is what matters.
buf = base64.b64decode('ZGVmYW5nZWQgc2hlbGxjb2RlIHBsYWNlaG9sZGVy')
k32 = ctypes.windll.kernel32
ptr = k32.VirtualAlloc(ctypes.c_int(0), ctypes.c_int(len(buf)), ctypes.c_int(0x3000), ctypes.c_int(0x40))
k32.RtlMoveMemory(ctypes.c_void_p(ptr), buf, ctypes.c_int(len(buf)))
# ruleid: code/shellcode-loader
h = k32.CreateThread(ctypes.c_int(0), ctypes.c_int(0), ctypes.c_void_p(ptr), ctypes.c_int(0), ctypes.c_int(0), ctypes.pointer(ctypes.c_int(0)))
k32.WaitForSingleObject(ctypes.c_int(h), ctypes.c_int(-1))
