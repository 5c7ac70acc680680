"""A fake Telegram Bot API on 127.0.0.1 that refuses what Telegram refuses.

It speaks the wire format python-telegram-bot 22 uses (POST ``/bot<token>/<method>``, form or
JSON fields, nested objects as JSON strings, multipart for uploads) and implements getMe,
setWebhook/deleteWebhook/getWebhookInfo (while a webhook is set, updates are POSTed to it
with the secret token header, as Telegram does, and getUpdates answers 409),
getUpdates (offsets, long polling, 409 for a second poller), sendMessage,
editMessageText, editMessageReplyMarkup, answerCallbackQuery, setMyCommands, sendDocument,
sendPhoto, forwardMessage and deleteMessage. Like Telegram it rejects HTML it cannot parse, texts over
4096 characters (after entity parsing, in UTF-16 units), callback data over 64 bytes, edits that change
nothing ("message is not modified"), edits of unknown messages, photos that are not images,
over 10 MB or of impossible dimensions, captions over 1024 characters, and messages to users who
blocked the bot; tests can also make any method answer 429 with ``retry_after``, 5xx, drop
the connection, or carry out the call and answer too late (``late``: Telegram delivered the
message, the client timed out). Updates can be new or edited messages, with ``url`` /
``text_link`` entities or captions, and channel posts without a sender.
"""

from __future__ import annotations

import html
import itertools
import json
import re
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

BOT = {
    "id": 7000000001,
    "is_bot": True,
    "first_name": "factdesk",
    "username": "factdesk_test_bot",
    "can_join_groups": True,
    "can_read_all_group_messages": False,
    "supports_inline_queries": False,
}
ALLOWED_TAGS = {
    "b",
    "strong",
    "i",
    "em",
    "u",
    "ins",
    "s",
    "strike",
    "del",
    "span",
    "tg-spoiler",
    "a",
    "code",
    "pre",
    "blockquote",
    "tg-emoji",
}
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z-]+=\"[^\"]*\")*)\s*>")
_ENTITY = re.compile(r"&(?:lt|gt|amp|quot|#\d{1,7}|#x[0-9a-fA-F]{1,6});")


class ApiError(Exception):
    def __init__(self, code: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.code, self.description, self.retry_after = code, description, retry_after


def parse_html(text: str) -> str:
    """Telegram's HTML rules: known tags, balanced, entities escaped; returns plain text."""
    out: list[str] = []
    stack: list[str] = []
    pos = 0
    for match in _TAG.finditer(text):
        out.append(_text_part(text[pos : match.start()]))
        closing, tag = match.group(1), match.group(2).lower()
        if tag not in ALLOWED_TAGS:
            raise ApiError(400, f'Bad Request: can\'t parse entities: Unsupported start tag "{tag}"')
        if closing:
            if not stack or stack[-1] != tag:
                raise ApiError(400, f'Bad Request: can\'t parse entities: Unexpected end tag "{tag}"')
            stack.pop()
        else:
            if tag == "a" and 'href="' not in match.group(3):
                raise ApiError(400, "Bad Request: can't parse entities: a tag without href")
            stack.append(tag)
        pos = match.end()
    out.append(_text_part(text[pos:]))
    if stack:
        raise ApiError(
            400, f"Bad Request: can't parse entities: Can't find end tag corresponding to start tag \"{stack[-1]}\""
        )
    return "".join(out)


def _text_part(part: str) -> str:
    if "<" in part or ">" in part:
        raise ApiError(400, "Bad Request: can't parse entities: Unsupported start tag")
    for amp in re.finditer("&", part):
        if not _ENTITY.match(part, amp.start()):
            raise ApiError(400, "Bad Request: can't parse entities: Unsupported HTML entity")
    return html.unescape(part)


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@dataclass
class Fault:
    method: str
    status: int
    description: str
    retry_after: int | None = None
    times: int = 1
    drop: bool = False
    delay: float = 0.0  # wait this long, then answer normally (not yet carried out when the client gives up)
    late: float = 0.0  # carry the call out at once, answer this late (delivered, yet the client timed out)
    chat_id: int | None = None  # only calls for this chat


@dataclass
class FakeBotApi:
    """Start with ``FakeBotApi().start()``; point ``telegram.api_base_url`` at ``.base_url``."""

    token: str = "123456:TEST-TOKEN"
    calls: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    messages: dict[tuple[int, int], dict[str, Any]] = field(default_factory=dict)
    blocked_chats: set[int] = field(default_factory=set)
    late_results: list[tuple[str, Any]] = field(default_factory=list)  # carried out, answered too late
    deleted: list[tuple[int, int]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._updates: list[dict[str, Any]] = []
        self._confirmed = 0
        self._cond = threading.Condition()
        self._ids = itertools.count(500000001)
        self._message_ids = itertools.count(101)
        self._faults: list[Fault] = []
        self._poll_generation = 0
        self.webhook: dict[str, Any] | None = None
        self.deliveries: list[tuple[int, int]] = []  # (update_id, HTTP status) of webhook POSTs
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def do_POST(self) -> None:  # noqa: N802
                outer._handle(self)

            do_GET = do_POST  # noqa: N815

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.base_url = f"http://127.0.0.1:{self.port}/bot"

    def start(self) -> FakeBotApi:
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    # -- test controls ---------------------------------------------------------------------------

    def fail(
        self,
        method: str,
        status: int = 429,
        description: str = "Too Many Requests: retry after 1",
        retry_after: int | None = 1,
        times: int = 1,
        drop: bool = False,
        delay: float = 0.0,
        late: float = 0.0,
        chat_id: int | None = None,
    ) -> None:
        self._faults.append(Fault(method, status, description, retry_after, times, drop, delay, late, chat_id))

    def push(self, update: dict[str, Any]) -> int:
        with self._cond:
            update = {"update_id": next(self._ids), **update}
            self.last_update = update
            if self.webhook is None:
                self._updates.append(update)
                self._cond.notify_all()
                return update["update_id"]
        self.deliver(update)
        return update["update_id"]

    def deliver(self, update: dict[str, Any], url: str | None = None, secret: str | None = None) -> int:
        """POST one update to the webhook (or to ``url``: another process behind the balancer),
        as Telegram does: JSON body, the secret in ``X-Telegram-Bot-Api-Secret-Token``."""
        webhook = self.webhook or {}
        target = url or webhook["url"]
        token = webhook.get("secret_token") if secret is None else secret
        request = urllib.request.Request(target, data=json.dumps(update).encode(), method="POST")
        request.add_header("Content-Type", "application/json")
        if token:
            request.add_header("X-Telegram-Bot-Api-Secret-Token", token)
        for attempt in range(100):  # Telegram keeps retrying an unreachable webhook
            try:
                with urllib.request.urlopen(request, timeout=10) as response:
                    status = response.status
                break
            except urllib.error.HTTPError as exc:
                status = exc.code
                break
            except urllib.error.URLError:
                if attempt == 99:
                    raise
                time.sleep(0.1)
        self.deliveries.append((update["update_id"], status))
        return status

    def user(self, user_id: int, name: str = "Alice") -> dict[str, Any]:
        return {"id": user_id, "is_bot": False, "first_name": name, "username": name.lower()}

    def send_text(
        self,
        user_id: int,
        text: str,
        *,
        chat_id: int | None = None,
        chat_type: str = "private",
        name: str = "Alice",
        reply_to: int | None = None,
        entities: list[dict[str, Any]] | None = None,
        edit_of: int | None = None,
        caption: bool = False,
    ) -> int:
        """A message from ``user_id`` (``None``: a channel post, which has no sender). With
        ``edit_of``, the same message edited (Telegram sends ``edited_message``)."""
        chat_id = user_id if chat_id is None else chat_id
        assert chat_id is not None
        chat = {"id": chat_id, "type": chat_type}
        chat.update({"first_name": name} if chat_type == "private" else {"title": "Newsroom"})
        field_name = "caption" if caption else "text"
        message: dict[str, Any] = {
            "message_id": edit_of or next(self._message_ids),
            "chat": chat,
            "date": int(time.time()),
            field_name: text,
        }
        if user_id is not None:
            message["from"] = self.user(user_id, name)
        if edit_of is not None:
            message["edit_date"] = int(time.time())
        if caption:
            message["photo"] = [{"file_id": "p1", "file_unique_id": "u1", "width": 90, "height": 90}]
        if text.startswith("/"):
            command = text.split()[0]
            message["entities"] = [{"offset": 0, "length": utf16_len(command), "type": "bot_command"}]
        if entities:
            message["entities"] = message.get("entities", []) + entities
        if caption and "entities" in message:
            message["caption_entities"] = message.pop("entities")
        if reply_to is not None:
            replied = self.messages.get((chat_id, reply_to))
            message["reply_to_message"] = {
                "message_id": reply_to,
                "chat": chat,
                "date": int(time.time()),
                "from": BOT,
                "text": (replied or {}).get("plain", ""),
            }
        if user_id is None:
            kind = "edited_channel_post" if edit_of else "channel_post"
        else:
            kind = "edited_message" if edit_of else "message"
        self.push({kind: message})
        return message["message_id"]

    def press(self, user_id: int, chat_id: int, message_id: int, data: str, name: str = "Eve") -> str:
        query_id = f"q{next(self._ids)}"
        sent = self.messages.get((chat_id, message_id)) or {"chat": self._chat(chat_id), "plain": ""}  # maybe deleted
        self.push(
            {
                "callback_query": {
                    "id": query_id,
                    "from": self.user(user_id, name),
                    "chat_instance": "1",
                    "data": data,
                    "message": {
                        "message_id": message_id,
                        "date": int(time.time()),
                        "from": BOT,
                        "chat": sent["chat"],
                        "text": sent["plain"],
                    },
                }
            }
        )
        return query_id

    def called(self, method: str) -> list[dict[str, Any]]:
        return [params for name, params in list(self.calls) if name == method]

    def wait_for(self, predicate, timeout: float = 20.0, what: str = "condition") -> Any:  # noqa: ANN001
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            result = predicate()
            if result:
                return result
            time.sleep(0.05)
        raise AssertionError(f"timed out waiting for {what}; calls: {[c[0] for c in self.calls][-30:]}")

    def chat_messages(self, chat_id: int) -> list[dict[str, Any]]:
        return [m for (c, _), m in sorted(self.messages.items()) if c == chat_id]

    # -- the API ----------------------------------------------------------------------------------

    def _handle(self, request: BaseHTTPRequestHandler) -> None:
        path = urlsplit(request.path).path
        prefix = f"/bot{self.token}/"
        if not path.startswith(prefix):
            self._reply(request, 401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
            return
        method = path[len(prefix) :]
        params = self._params(request)
        self.calls.append((method, params))
        fault = next(
            (
                f
                for f in self._faults
                if f.method == method
                and f.times > 0
                and (f.chat_id is None or str(f.chat_id) == str(params.get("chat_id")))
            ),
            None,
        )
        if fault is not None:
            fault.times -= 1
            if fault.delay:
                time.sleep(fault.delay)
                fault = None
            elif fault.late:
                try:
                    result = getattr(self, f"_api_{method}", self._unknown)(params)
                    status, body = 200, {"ok": True, "result": result}
                    self.late_results.append((method, result))
                except ApiError as exc:
                    status, body = exc.code, {"ok": False, "error_code": exc.code, "description": exc.description}
                time.sleep(fault.late)  # the client has given up by now
                self._reply(request, status, body)
                return
        if fault is not None:
            if fault.drop:
                request.close_connection = True
                request.connection.shutdown(2)
                return
            body: dict[str, Any] = {"ok": False, "error_code": fault.status, "description": fault.description}
            if fault.retry_after is not None and fault.status == 429:
                body["parameters"] = {"retry_after": fault.retry_after}
            self._reply(request, fault.status, body)
            return
        try:
            result = getattr(self, f"_api_{method}", self._unknown)(params)
        except ApiError as exc:
            body = {"ok": False, "error_code": exc.code, "description": exc.description}
            self._reply(request, exc.code, body)
            return
        self._reply(request, 200, {"ok": True, "result": result})

    @staticmethod
    def _params(request: BaseHTTPRequestHandler) -> dict[str, Any]:
        length = int(request.headers.get("Content-Length") or 0)
        raw = request.rfile.read(length) if length else b""
        ctype = request.headers.get("Content-Type", "")
        if "json" in ctype:
            return json.loads(raw or b"{}")
        if "multipart" in ctype:
            message = BytesParser(policy=HTTP).parsebytes(f"Content-Type: {ctype}\r\n\r\n".encode() + raw)
            out: dict[str, Any] = {}
            for part in message.iter_parts():
                name = part.get_param("name", header="content-disposition")
                filename = part.get_filename()
                payload = part.get_payload(decode=True)
                out[name] = {"filename": filename, "content": payload} if filename else payload.decode()
            return out
        return dict(parse_qsl(raw.decode(), keep_blank_values=True))

    @staticmethod
    def _reply(request: BaseHTTPRequestHandler, status: int, body: dict[str, Any]) -> None:
        data = json.dumps(body).encode()
        try:
            request.send_response(status)
            request.send_header("Content-Type", "application/json")
            request.send_header("Content-Length", str(len(data)))
            request.end_headers()
            request.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def _unknown(self, params: dict[str, Any]) -> Any:
        raise ApiError(404, "Not Found: method not found")

    def _api_getMe(self, params: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        return BOT

    def _api_deleteWebhook(self, params: dict[str, Any]) -> bool:  # noqa: N802
        self.webhook = None
        return True

    def _api_setWebhook(self, params: dict[str, Any]) -> bool:  # noqa: N802
        url = params.get("url") or ""
        if not url:
            self.webhook = None
            return True
        if not url.startswith(("https://", "http://127.0.0.1")):  # Telegram: HTTPS only; loopback for tests
            raise ApiError(400, "Bad Request: bad webhook: An HTTPS URL must be provided for webhook")
        secret = params.get("secret_token") or ""
        if secret and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", secret):
            raise ApiError(400, "Bad Request: secret token contains unallowed characters")
        self.webhook = {"url": url, "secret_token": secret}
        return True

    def _api_getWebhookInfo(self, params: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        return {"url": (self.webhook or {}).get("url", ""), "has_custom_certificate": False, "pending_update_count": 0}

    def _api_setMyCommands(self, params: dict[str, Any]) -> bool:  # noqa: N802
        commands = json.loads(params["commands"]) if isinstance(params["commands"], str) else params["commands"]
        if not commands or any(not re.fullmatch(r"[a-z0-9_]{1,32}", c["command"]) for c in commands):
            raise ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
        return True

    def _api_getUpdates(self, params: dict[str, Any]) -> list[dict[str, Any]]:  # noqa: N802
        if self.webhook is not None:
            raise ApiError(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook")
        offset = int(params.get("offset") or 0)
        timeout = min(float(params.get("timeout") or 0), 10.0)
        with self._cond:
            # Like Telegram, a new poll terminates the one still waiting (which gets 409).
            self._poll_generation += 1
            generation = self._poll_generation
            self._cond.notify_all()
            if offset:
                self._updates = [u for u in self._updates if u["update_id"] >= offset]
                self._confirmed = max(self._confirmed, offset)
            deadline = time.monotonic() + timeout
            while not self._updates and time.monotonic() < deadline:
                self._cond.wait(deadline - time.monotonic())
                if generation != self._poll_generation:
                    raise ApiError(
                        409,
                        "Conflict: terminated by other getUpdates request; make sure that only "
                        "one bot instance is running",
                    )
            return list(self._updates[: int(params.get("limit") or 100)])

    def _check_markup(self, params: dict[str, Any]) -> dict[str, Any] | None:
        raw = params.get("reply_markup")
        if not raw:
            return None
        markup = json.loads(raw) if isinstance(raw, str) else raw
        for row in markup.get("inline_keyboard", []):
            for button in row:
                data = button.get("callback_data")
                if data is not None and not 1 <= len(data.encode()) <= 64:
                    raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")
        return markup

    def _text(self, params: dict[str, Any]) -> tuple[str, str]:
        text = params.get("text", "")
        plain = parse_html(text) if params.get("parse_mode") == "HTML" else text
        if not plain.strip():
            raise ApiError(400, "Bad Request: message text is empty")
        if utf16_len(plain) > 4096:
            raise ApiError(400, "Bad Request: message is too long")
        return text, plain

    def _chat(self, chat_id: int) -> dict[str, Any]:
        if chat_id in self.blocked_chats:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        if chat_id < 0:
            return {"id": chat_id, "type": "supergroup", "title": "Review desk"}
        return {"id": chat_id, "type": "private", "first_name": "Alice"}

    def _api_sendMessage(self, params: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        chat_id = int(params["chat_id"])
        chat = self._chat(chat_id)
        text, plain = self._text(params)
        markup = self._check_markup(params)
        message_id = next(self._message_ids)
        message = {"message_id": message_id, "from": BOT, "chat": chat, "date": int(time.time()), "text": plain}
        if markup:
            message["reply_markup"] = markup
        self.messages[(chat_id, message_id)] = {
            "chat": chat,
            "html": text,
            "plain": plain,
            "markup": markup,
            "edits": 0,
            "history": [plain],
        }
        return message

    def _api_editMessageText(self, params: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        chat_id, message_id = int(params["chat_id"]), int(params["message_id"])
        self._chat(chat_id)  # a user who blocked the bot cannot be edited either (403)
        stored = self.messages.get((chat_id, message_id))
        if stored is None:
            raise ApiError(400, "Bad Request: message to edit not found")
        text, plain = self._text(params)
        markup = self._check_markup(params)
        if text == stored["html"] and markup == stored["markup"]:
            raise ApiError(
                400,
                "Bad Request: message is not modified: specified new message content and reply "
                "markup are exactly the same as a current content and reply markup of the message",
            )
        stored.update(html=text, plain=plain, markup=markup, edits=stored["edits"] + 1)
        stored["history"].append(plain)
        return {
            "message_id": message_id,
            "from": BOT,
            "chat": stored["chat"],
            "date": int(time.time()),
            "edit_date": int(time.time()),
            "text": plain,
        }

    def _api_editMessageReplyMarkup(self, params: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        chat_id, message_id = int(params["chat_id"]), int(params["message_id"])
        stored = self.messages.get((chat_id, message_id))
        if stored is None:
            raise ApiError(400, "Bad Request: message to edit not found")
        stored["markup"] = self._check_markup(params)
        return {
            "message_id": message_id,
            "from": BOT,
            "chat": stored["chat"],
            "date": int(time.time()),
            "text": stored["plain"],
        }

    def _api_answerCallbackQuery(self, params: dict[str, Any]) -> bool:  # noqa: N802
        if len(params.get("text", "")) > 200:
            raise ApiError(400, "Bad Request: MESSAGE_TOO_LONG")
        return True

    def _api_sendDocument(self, params: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        chat_id = int(params["chat_id"])
        chat = self._chat(chat_id)
        document = params.get("document")
        if not isinstance(document, dict) or not document.get("content"):
            raise ApiError(400, "Bad Request: file must be non-empty")
        message_id = next(self._message_ids)
        self.messages[(chat_id, message_id)] = {
            "chat": chat,
            "html": "",
            "plain": "",
            "markup": None,
            "edits": 0,
            "document": document,
        }
        return {
            "message_id": message_id,
            "from": BOT,
            "chat": chat,
            "date": int(time.time()),
            "document": {
                "file_id": f"f{message_id}",
                "file_unique_id": f"u{message_id}",
                "file_name": document["filename"],
            },
        }

    def _api_sendPhoto(self, params: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        """Telegram's photo rules (core.telegram.org/bots/api#sendphoto): at most 10 MB, width +
        height at most 10000, aspect ratio at most 20, caption at most 1024 characters."""
        import io

        from PIL import Image, UnidentifiedImageError

        chat_id = int(params["chat_id"])
        chat = self._chat(chat_id)
        photo = params.get("photo")
        if not isinstance(photo, dict) or not photo.get("content"):
            raise ApiError(400, "Bad Request: there is no photo in the request")
        content = photo["content"]
        if len(content) > 10 * 1024 * 1024:
            raise ApiError(400, "Bad Request: PHOTO_INVALID_DIMENSIONS")
        try:
            with Image.open(io.BytesIO(content)) as image:
                width, height = image.size
        except UnidentifiedImageError:
            raise ApiError(400, "Bad Request: IMAGE_PROCESS_FAILED") from None
        if width + height > 10000 or max(width, height) > 20 * min(width, height):
            raise ApiError(400, "Bad Request: PHOTO_INVALID_DIMENSIONS")
        caption = params.get("caption", "")
        plain = parse_html(caption) if params.get("parse_mode") == "HTML" else caption
        if utf16_len(plain) > 1024:
            raise ApiError(400, "Bad Request: message caption is too long")
        message_id = next(self._message_ids)
        self.messages[(chat_id, message_id)] = {
            "chat": chat,
            "html": caption,
            "plain": plain,
            "markup": None,
            "edits": 0,
            "history": [plain],
            "photo": {"content": content, "width": width, "height": height},
        }
        return {
            "message_id": message_id,
            "from": BOT,
            "chat": chat,
            "date": int(time.time()),
            "caption": plain,
            "photo": [
                {"file_id": f"p{message_id}", "file_unique_id": f"pu{message_id}", "width": width, "height": height}
            ],
        }

    def _api_forwardMessage(self, params: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        chat_id, from_chat = int(params["chat_id"]), int(params["from_chat_id"])
        chat = self._chat(chat_id)
        source = self.messages.get((from_chat, int(params["message_id"])))
        if source is None:
            raise ApiError(400, "Bad Request: message to forward not found")
        message_id = next(self._message_ids)
        self.messages[(chat_id, message_id)] = {
            "chat": chat,
            "html": source["html"],
            "plain": source["plain"],
            "markup": None,
            "edits": 0,
            "history": [source["plain"]],
            "forwarded_from": (from_chat, int(params["message_id"])),
        }
        return {
            "message_id": message_id,
            "from": BOT,
            "chat": chat,
            "date": int(time.time()),
            "forward_origin": {"type": "user", "date": int(time.time()), "sender_user": BOT},
            "text": source["plain"],
        }

    def _api_deleteMessage(self, params: dict[str, Any]) -> bool:  # noqa: N802
        key = (int(params["chat_id"]), int(params["message_id"]))
        if self.messages.pop(key, None) is None:
            raise ApiError(400, "Bad Request: message to delete not found")
        self.deleted.append(key)
        return True
