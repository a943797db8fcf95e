"""A tiny read-eval-print loop: runs what the user types, only when started."""
run_source = exec


class Console:
    def __init__(self):
        self.namespace = {}

    def push(self, line):
        run_source(line, self.namespace)

    def loop(self):
        while True:
            self.push(input(">>> "))
