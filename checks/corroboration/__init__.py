"""Corroboration in three steps, each readable alone: :mod:`.plan` decides what to ask,
:mod:`.run` asks every provider at once within the budget, :mod:`.judge` (with :mod:`.roles`)
turns the answers into report items. :class:`checks.corroborate.Corroborator` ties them."""
