"""setup.cfg-driven builds for projects that ask for them (buildmeta=True)."""
