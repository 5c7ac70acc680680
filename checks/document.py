"""A parsed page: the lxml tree (parsed once, shared by every extractor and check) plus
the article fields and date candidates extracted from it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property
from typing import Literal

from lxml import etree, html

from checks.errors import CheckError
from checks.report import Article, DateCandidate
from checks.sentences import Sentence, article_sentences

Role = Literal["published", "modified", "page", "other"]


@dataclass(frozen=True)
class FoundDate:
    """A date candidate plus what it most likely means (publication, update, site chrome)."""

    candidate: DateCandidate
    role: Role

    @property
    def date(self) -> date:
        return self.candidate.date

    @property
    def kind(self) -> str:
        return self.candidate.kind


@dataclass
class Document:
    """Everything the checks read about one page."""

    url: str
    tree: html.HtmlElement
    fetched_at: datetime
    headers: dict[str, str]
    article: Article
    paragraphs: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    images: list[str] = field(default_factory=list)
    found_dates: list[FoundDate] = field(default_factory=list)

    @property
    def today(self) -> date:
        return self.fetched_at.date()

    @cached_property
    def sentences(self) -> list[Sentence]:
        """Headline and main-text sentences, split once for every claim check."""
        return article_sentences(self.article.title, self.paragraphs, self.article.language)

    @property
    def reference_date(self) -> date:
        """The date claims are judged at: the article's publication date, else today."""
        return self.article.published or self.today

    def dates_with(self, *, kinds: tuple[str, ...] = (), role: Role | None = None) -> list[FoundDate]:
        return [f for f in self.found_dates if (not kinds or f.kind in kinds) and (role is None or f.role == role)]


_PARSER = html.HTMLParser(remove_comments=True, remove_pis=True, collect_ids=False)


def parse_html(text: str) -> html.HtmlElement:
    """Parse page text into an lxml tree; a page with no markup at all is refused."""
    try:
        root = html.document_fromstring(text, parser=_PARSER)
    except (etree.ParserError, ValueError):
        raise CheckError("the page has no readable HTML") from None
    if root is None:
        raise CheckError("the page has no readable HTML")
    return root
