"""Errors the engine reports to users: one line each, never a traceback."""


class CheckError(Exception):
    """A target that cannot be checked. ``str(exc)`` is a one-line, user-safe message."""


class FetchError(CheckError):
    """The page could not be fetched safely.

    ``kind`` is a stable word (``blocked``, ``timeout``, ``too_large``, ``unsupported``,
    ``http``, ``dns``, ``connect``, ``invalid_url``, ``empty``, ``undecodable``,
    ``redirects``, ``tls``) so callers can react without parsing the message.
    """

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind
