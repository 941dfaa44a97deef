"""One error type whose message is fit to show a user, in the program's language."""


class WerkdrukError(Exception):
    """A problem the user can act on; `str(error)` is a complete sentence, in the language that
    was current when it was raised (Dutch unless `core.i18n` says otherwise)."""
