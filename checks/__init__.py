"""factdesk's verification engine: fetch → extract → checks → corroborate → report.

Synchronous and free of Telegram; the command line and the bot both call
:func:`checks.engine.check_target`.
"""

__version__ = "0.2.0"
