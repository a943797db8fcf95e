"""Version and file lists from git, for setuptools builds."""
