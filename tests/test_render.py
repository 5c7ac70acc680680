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
        "evidence": st.lists(st.fixed_dictionaries({"text": text, "url": st.none()}), max_size=2),
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
