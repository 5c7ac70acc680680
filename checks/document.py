"""A parsed page: the lxml tree (parsed once, shared by every extractor and check) plus
the article fields and date candidates extracted from it."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property
from typing import Literal

from lxml import etree, html

from checks.errors import CheckError
from checks.report import Article, DateCandidate, ImageInfo
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
class ImageEvidence:
    """The article's images as the engine found them, and the age that makes one suspect
    (set by the engine when images are enabled; docs/images.md)."""

    images: list[ImageInfo]
    older_after_days: int


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
    image_evidence: ImageEvidence | None = None

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
# lxml.html asks a Python callback which class each element gets (forms, inputs and labels
# have their own); nothing here uses those classes, and the C-level lookup makes every element
# access of the analysis (ours and trafilatura's on this tree) cheaper: ~14 % of its CPU.
_PARSER.set_element_class_lookup(
    etree.ElementDefaultClassLookup(
        element=html.HtmlElement, comment=html.HtmlComment, pi=html.HtmlProcessingInstruction, entity=html.HtmlEntity
    )
)
# Where the document proper starts: a doctype or the <html> tag.
_DOCUMENT_START = re.compile(r"<!doctype\s+html|<html[\s>]", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"<\?xml[^>]{0,300}\?>", re.IGNORECASE)
# Markup that means the document has already begun, so nothing before the doctype is junk.
_DOCUMENT_TAGS = re.compile(r"<(?:head|body|meta|title|link|article|main|div|p|h1)[\s>/]", re.IGNORECASE)
_JUNK_SCAN = 100_000


def parse_html(text: str) -> html.HtmlElement:
    """Parse page text into an lxml tree; a page with no markup at all is refused.

    Saved pages come as servers emit them: a byte-order mark, an XML declaration (lxml refuses
    a decoded string that declares an encoding), a PHP warning or a stray ``<script>`` before
    ``<!doctype html>``. A browser still renders such a page with the ``<html>`` element's own
    attributes (its ``lang``), so the junk before the document start is dropped here."""
    try:
        root = html.document_fromstring(clean_start(text), parser=_PARSER)
    except (etree.ParserError, ValueError):
        raise CheckError("the page has no readable HTML") from None
    if root is None:
        raise CheckError("the page has no readable HTML")
    return root


def clean_start(text: str) -> str:
    """The page text without a BOM, XML declarations or junk before the document start."""
    text = text.lstrip("\ufeff \t\r\n")
    for start in itertools.islice(_DOCUMENT_START.finditer(text, 0, _JUNK_SCAN), 20):  # hostile pages
        prefix = text[: start.start()].lower()
        if prefix.count("<script") > prefix.count("</script"):
            continue  # "<html>" written inside a script
        if prefix and not _DOCUMENT_TAGS.search(_XML_DECLARATION.sub("", prefix)):
            text = text[start.start() :]
        break
    head = text[:_JUNK_SCAN]
    if "<?" in head:
        text = _XML_DECLARATION.sub("", head) + text[_JUNK_SCAN:]
    return text
