"""The check registry: a check is one function registered under a stable id.

Adding a check is adding one module to :mod:`checks.rules` that decorates its function
with :func:`register`; :func:`all_checks` imports every module there. Check ids are a
contract (docs/checks.md): editors, digests and stored decisions refer to them.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from checks.document import Document
from checks.report import Item
from checks.settings import CheckSettings

CheckFunction = Callable[[Document, CheckSettings], list[Item]]


@dataclass(frozen=True)
class Check:
    id: str
    title: str
    run: CheckFunction
    order: int


_REGISTRY: dict[str, Check] = {}


def register(check_id: str, title: str, *, order: int = 100) -> Callable[[CheckFunction], CheckFunction]:
    """Register ``function`` as the check ``check_id``; ``order`` fixes run order."""

    def decorate(function: CheckFunction) -> CheckFunction:
        if check_id in _REGISTRY:
            raise ValueError(f"check {check_id!r} registered twice")
        _REGISTRY[check_id] = Check(check_id, title, function, order)
        return function

    return decorate


@cache
def all_checks() -> tuple[Check, ...]:
    """Every registered check, in run order (imports :mod:`checks.rules` once)."""
    from checks import rules

    for module in pkgutil.iter_modules(rules.__path__):
        importlib.import_module(f"{rules.__name__}.{module.name}")
    return tuple(sorted(_REGISTRY.values(), key=lambda c: (c.order, c.id)))


def run_checks(doc: Document, settings: CheckSettings) -> list[Item]:
    """Run every check on ``doc``; items come out in run order, each check's own order kept."""
    items: list[Item] = []
    for check in all_checks():
        items.extend(check.run(doc, settings))
    return items
