"""Reads and writes another process's memory on request (a debugger helper in the style of pymem)."""
import ctypes

kernel32 = ctypes.windll.kernel32
MEM_COMMIT = 0x1000
MEM_RESERVE = 0x2000
PAGE_EXECUTE_READWRITE = 0x40


def allocate(handle, size):
    return kernel32.VirtualAllocEx(handle, None, size, MEM_COMMIT | MEM_RESERVE, PAGE_EXECUTE_READWRITE)


def write(handle, address, data):
    return kernel32.WriteProcessMemory(handle, address, data, len(data), None)


def start_thread(handle, address, param=None):
    return kernel32.CreateRemoteThread(handle, None, 0, address, param, 0, None)


def inject_library(handle, path):
    """Loads a DLL the caller names into the target: the classic LoadLibrary injection, on request."""
    data = path.encode('utf-16-le') + b'\0\0'
    remote = kernel32.VirtualAllocEx(handle, None, len(data), MEM_COMMIT | MEM_RESERVE, PAGE_EXECUTE_READWRITE)
    write(handle, remote, data)
    loader = kernel32.GetProcAddress(kernel32.GetModuleHandleW('kernel32.dll'), b'LoadLibraryW')
    return kernel32.CreateRemoteThread(handle, None, 0, loader, remote, 0, None)
