"""factdesk's Telegram shell and command line; the engine lives in :mod:`checks`."""
