"""One error type whose message is fit to show a user, in Dutch."""


class WerkdrukError(Exception):
    """A problem the user can act on; `str(error)` is a complete Dutch sentence."""
