"""C bindings built from a build script the project names."""
