"""The renderer: any review renders into messages Telegram accepts (property-based)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot import render
from tests.fakebot import parse_html, utf16_len

text = st.text(min_size=0, max_size=3000)
short = st.text(min_size=1, max_size=200)
item = st.fixed_dictionaries(
    {
        "check": st.sampled_from(["dates.mismatch", "claims.novelty", "people.role", "claims.numbers"]),
        "severity": st.sampled_from(["high", "medium", "low", "info"]),
        "title": text,
        "detail": text,
        "evidence": st.lists(st.fixed_dictionaries({"text": text, "url": st.none()}), max_size=4),
        "status": st.sampled_from(["open", "verified", "disputed", "not_applicable"]),
        "decided_by": short,
        "decided_at": st.just("2026-11-27T10:00:00+00:00"),
    }
)


@st.composite
def reviews(draw: st.DrawFn) -> dict:
    items = draw(st.lists(item, max_size=70))
    for n, entry in enumerate(items, 1):
        entry["id"] = f"c{n}"
    notes = draw(
        st.lists(
            st.fixed_dictionaries(
                {
                    "item_id": st.sampled_from([None, *[i["id"] for i in items]]) if items else st.none(),
                    "text": text,
                    "user_name": short,
                    "at": st.just("2026-11-27T10:00:00+00:00"),
                }
            ),
            max_size=8,
        )
    )
    return {
        "id": draw(st.integers(1, 10**9)),
        "url": draw(st.sampled_from(['https://x.example/a?b=<c>&d="e"', "javascript:alert(1)", "http://y/"])),
        "items": items,
        "notes": notes,
        "report": {
            "content_sha256": "ab" * 32,
            "article": {"title": draw(text), "site_name": draw(text), "author": draw(text), "published": "2024-01-23"},
            "dates": [
                {"date": "2024-01-23", "kind": "byline", "source": draw(text), "text": draw(text)}
                for _ in range(draw(st.integers(0, 15)))
            ],
            "corroboration": [
                {
                    "url": draw(st.sampled_from(["https://o.example/<x>", "ftp://bad"])),
                    "title": draw(text),
                    "outlet": draw(text),
                    "published": None,
                }
                for _ in range(draw(st.integers(0, 10)))
            ],
            "providers": [{"name": "gdelt", "status": "unavailable", "detail": ""}],
        },
    }


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(reviews())
def test_any_review_renders_within_telegram_limits(review: dict) -> None:
    parts = render.plan_parts(review)
    assert [i for part in parts for i in part] == [i["id"] for i in review["items"]]
    for index, ids in enumerate(parts):
        message, keyboard = render.render_part(review, index, ids, len(parts))
        plain = parse_html(message)  # raises like Telegram on bad HTML
        assert 0 < utf16_len(plain) <= 4096
        if keyboard is not None:
            for row in keyboard.inline_keyboard:
                for button in row:
                    assert len(button.callback_data.encode()) <= 64
                    assert render.parse_callback(button.callback_data) is not None


@given(text)
def test_clean_never_leaks_markup_or_controls(value: str) -> None:
    cleaned = render.clean(value, 100)
    parse_html(cleaned)
    assert "\u202e" not in cleaned and "\x00" not in cleaned


def test_only_http_links_become_anchors() -> None:
    assert render.link("javascript:alert(1)", "x") == "x"
    assert (
        render.link('https://a.example/"><script>', "x") == '<a href="https://a.example/&quot;&gt;&lt;script&gt;">x</a>'
    )


# Long texts from short draws (hypothesis keeps each example's data small): a piece, repeated.
lean_text = st.builds(lambda piece, times: (piece * times)[:600], st.text(max_size=12), st.integers(1, 60))
lean_item = st.fixed_dictionaries(
    {
        "check": st.sampled_from(["dates.mismatch", "claims.novelty", "people.role"]),
        "severity": st.sampled_from(["high", "medium", "low", "info"]),
        "title": lean_text,
        "detail": lean_text,
        "evidence": st.lists(st.fixed_dictionaries({"text": lean_text, "url": st.none()}), max_size=1),
    }
)


@st.composite
def posted_reviews(draw: st.DrawFn) -> dict:
    """A review as first posted: at least one full part of items, no notes, nothing decided."""
    items = draw(st.lists(lean_item, min_size=12, max_size=30))
    for n, entry in enumerate(items, 1):
        entry.update(id=f"c{n}", status="open")
    dates = [{"date": "2024-01-23", "kind": "byline", "source": "time", "text": draw(lean_text)} for _ in range(10)]
    coverage = [
        {"url": "https://o.example/x", "title": draw(lean_text), "outlet": draw(lean_text), "published": None}
        for _ in range(draw(st.integers(0, 8)))
    ]
    report = {"content_sha256": "ab" * 32, "article": {"title": draw(lean_text)}, "dates": dates}
    return {
        "id": 9,
        "url": "https://x.example/a",
        "items": items,
        "notes": [],
        "report": {**report, "corroboration": coverage},
    }


note_text = st.builds(
    lambda piece, times: (piece * times)[:1000],
    st.text(alphabet=st.sampled_from(list("ab &<>\"'🙂🎉👩🏽‍💻\u202e")), min_size=1, max_size=12),
    st.integers(20, 200),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(posted_reviews(), st.lists(st.tuples(st.integers(0, 14), note_text), min_size=12, max_size=30), short)
def test_notes_and_decisions_added_after_posting_never_break_a_part(review: dict, notes: list, name: str) -> None:
    """Parts are planned when the review is posted; any number of long notes (with & < > and
    emoji) and every decision added later must still render valid, within the limit, with
    every item that keeps its buttons also keeping its text."""
    parts = render.plan_parts(review)
    ids = [i["id"] for i in review["items"]]
    for target, body in notes:
        item_id = ids[target % len(ids)] if ids and target < 12 else None  # crowd the first part's items
        review["notes"].append({"item_id": item_id, "text": body, "user_name": name, "at": "2026-11-27T10:00:00+00:00"})
    for entry in review["items"]:
        entry.update(status="disputed", decided_by=name * 3, decided_at="2026-11-27T10:00:00+00:00")
    for index, part in enumerate(parts):
        message, keyboard = render.render_part(review, index, part, len(parts))
        plain = parse_html(message)
        assert 0 < utf16_len(plain) <= 4096
        with_buttons = [row[0].callback_data.split(":")[2] for row in keyboard.inline_keyboard] if keyboard else []
        assert with_buttons == part  # nothing dropped: the plan left room
        for item_id in with_buttons:
            assert f"{item_id.removeprefix('c')}. " in plain


def test_twelve_long_notes_keep_the_latest_and_count_the_rest() -> None:
    review = {
        "id": 7,
        "url": "https://x.example/a",
        "items": [
            {"id": "c1", "check": "dates.mismatch", "severity": "high", "title": "T", "detail": "D", "evidence": []}
        ],
        "notes": [
            {
                "item_id": "c1" if n % 2 else None,
                "text": f"note {n} " + "&<>🙂" * 250,
                "user_name": "Eve",
                "at": "2026-11-27T10:00:00+00:00",
            }
            for n in range(12)
        ],
        "report": {"content_sha256": "ab" * 32, "article": {"title": "A"}, "dates": []},
    }
    parts = render.plan_parts(review)
    message, _ = render.render_part(review, 0, parts[0], len(parts))
    plain = parse_html(message)
    assert "note 11 &<>🙂" in plain and "note 10 &<>🙂" in plain  # the latest of each kind
    assert "note 1 " not in plain  # older ones folded into the count
    assert "📝 6 notes, 4 earlier in /export" in plain


def test_split_lines_counts_utf16_and_never_cuts_a_tag() -> None:
    lines = ["<b>" + "🙂" * 3000 + "</b>", "<i>short</i>", "x" * 3000]
    messages = render.split_lines(lines)
    for message in messages:
        assert utf16_len(parse_html(message)) <= 4096 - 96
    assert messages[0].endswith("…") and "<b>" not in messages[0]
    assert "<i>short</i>" in messages[1]


def test_an_item_quotes_its_evidence_sentences_up_to_the_limit() -> None:
    sentences = ["First claim.", "Second claim.", "Third claim.", "Fourth claim."]
    entry = {
        "id": "c1",
        "check": "claims.novelty",
        "severity": "medium",
        "title": "Novelty claim",
        "detail": "D",
        "evidence": [{"text": s, "url": None} for s in sentences],
    }
    shown = render._item(entry, {"notes": []})
    assert [s for s in sentences if f"“{s}”" in shown] == sentences[: render.MAX_QUOTES]
