# ENC API — production image. Build: docker build -t enc-api .
# Run:   docker run -p 8000:8000 -e SECRET_KEY="$(openssl rand -base64 48)" -v enc-data:/data enc-api
# PostgreSQL: add -e DATABASE_URL=postgresql+asyncpg://user:password@host:5432/enc

# ---- builder: the project and its dependencies in a virtualenv --------------------------------
FROM python:3.11-slim AS builder

ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1
RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH

WORKDIR /build
COPY pyproject.toml README.md ./
COPY app ./app
RUN pip install .

# ---- runtime ---------------------------------------------------------------------------------
FROM python:3.11-slim

ENV PATH=/opt/venv/bin:$PATH \
    PYTHONPATH=/app \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    ENV=production \
    DATABASE_URL=sqlite+aiosqlite:////data/enc.db

RUN useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin enc \
    && mkdir -p /data \
    && chown enc:enc /data

COPY --from=builder /opt/venv /opt/venv
WORKDIR /app
# The sources (the migrations are in app/migrations: `enc migrate` needs nothing beside them).
COPY app ./app
COPY docker-entrypoint.sh ./
RUN chmod 0755 /app/docker-entrypoint.sh

VOLUME ["/data"]
USER enc
EXPOSE 8000

HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD ["python", "-c", "import sys, urllib.request; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=4).status == 200 else 1)"]

ENTRYPOINT ["/app/docker-entrypoint.sh"]
