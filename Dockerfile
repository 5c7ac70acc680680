# factdesk: the Telegram bot in a container (docs/deploy.md).
#   docker build -t factdesk .
#   docker run -v ./config:/config:ro -v factdesk-data:/data -e FACTDESK_TELEGRAM_TOKEN=… factdesk
FROM python:3.11-slim

ENV PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    FACTDESK_CONFIG=/config/config.toml

RUN useradd --system --uid 10001 --user-group --home-dir /data --no-create-home factdesk \
    && mkdir -p /data /config \
    && chown factdesk:factdesk /data

WORKDIR /app
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY checks ./checks
RUN pip install . && rm -rf /root/.cache

USER factdesk
# /config: config.toml (read only; storage.path = "/data/factdesk.json" for TinyDB)
# /data:   the TinyDB working file and its folder (unused with storage.url = PostgreSQL)
VOLUME ["/config", "/data"]
WORKDIR /data
# webhook mode only (telegram.listen = "0.0.0.0", telegram.port = 8443)
EXPOSE 8443

HEALTHCHECK --interval=60s --timeout=30s --start-period=60s --retries=3 CMD ["factdesk", "health"]
CMD ["factdesk", "run"]
