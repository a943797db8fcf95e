class FallbackGroup:
    """A command group that hands unknown commands to a handler, when the user types one."""

    handler = None

    def resolve(self, args):
        return type(self).handler(args)


def fallback_group_factory(handler):
    # Stores the handler on a new class; nothing is called here.
    return type('Group', (FallbackGroup,), {'handler': staticmethod(handler)})
