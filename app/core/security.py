"""Password hashing (Argon2), access tokens (JWT, one algorithm) and opaque secrets."""

import hashlib
import hmac
import secrets
import uuid
from datetime import datetime, timedelta
from typing import Any

from jose import jwt
from jose.exceptions import JWTError
from pwdlib import PasswordHash
from pwdlib.hashers.argon2 import Argon2Hasher

from app.core.clock import utcnow
from app.core.config import Settings

_password_hash = PasswordHash((Argon2Hasher(),))
# Verified against when the e-mail is unknown, so that both cases cost one Argon2 verification.
_DUMMY_HASH = _password_hash.hash("dummy password never matches anything")


def hash_password(password: str) -> str:
    return _password_hash.hash(password)


def verify_password(password: str, password_hash: str | None) -> bool:
    if password_hash is None:
        _password_hash.verify(password, _DUMMY_HASH)
        return False
    try:
        return _password_hash.verify(password, password_hash)
    except Exception:  # a corrupt or foreign hash is a failed login, not a 500
        return False


def create_access_token(
    settings: Settings, *, subject: uuid.UUID, claims: dict[str, Any], now: datetime | None = None
) -> tuple[str, int]:
    now = now or utcnow()
    lifetime = timedelta(minutes=settings.access_token_minutes)
    payload = {
        **claims,
        "sub": str(subject),
        "jti": uuid.uuid4().hex,
        "iat": int(now.timestamp()),
        # Precise issue time: revocation compares against it, `iat` has whole seconds only.
        "iat_precise": now.timestamp(),
        "nbf": int(now.timestamp()),
        "exp": int((now + lifetime).timestamp()),
        "iss": settings.jwt_issuer,
        "aud": settings.jwt_audience,
    }
    token = jwt.encode(payload, settings.signing_key, algorithm=settings.jwt_algorithm)
    return token, int(lifetime.total_seconds())


class InvalidToken(Exception):
    pass


def decode_access_token(settings: Settings, token: str) -> dict[str, Any]:
    """Verify signature, algorithm, expiry, not-before, issuer and audience.

    The algorithm list is the one configured algorithm: a token whose header says `none` or
    another algorithm is refused, whatever its signature.
    """
    try:
        header = jwt.get_unverified_header(token)
    except JWTError as exc:
        raise InvalidToken("malformed token") from exc
    if header.get("alg") != settings.jwt_algorithm:
        raise InvalidToken("token algorithm not accepted")
    try:
        claims = jwt.decode(
            token,
            settings.verifying_key,
            algorithms=[settings.jwt_algorithm],
            audience=settings.jwt_audience,
            issuer=settings.jwt_issuer,
            options={
                "require_aud": True,  # without it python-jose accepts a token with no `aud`
                "require_iss": True,
                "require_exp": True,
                "require_iat": True,
                "require_nbf": True,
                "require_sub": True,
                "require_jti": True,
                "leeway": 0,
            },
        )
    except (JWTError, TypeError, ValueError) as exc:  # a claim of the wrong type is invalid too
        raise InvalidToken(str(exc) or "invalid token") from exc
    # python-jose checks only that `iat` is a number. A token issued in the future is not yet
    # valid either, and would outlive a revocation (tokens issued before an instant are refused).
    issued_at = claims.get("iat_precise", claims["iat"])
    if not isinstance(issued_at, int | float) or issued_at > utcnow().timestamp() + 1:
        raise InvalidToken("token issued in the future")
    return claims


def new_secret(nbytes: int = 32) -> str:
    return secrets.token_urlsafe(nbytes)


def digest(secret: str) -> str:
    """SHA-256 of a high-entropy secret (refresh tokens, API keys): a fast hash is enough there."""
    return hashlib.sha256(secret.encode()).hexdigest()


def same_digest(secret: str, expected_hex: str) -> bool:
    return hmac.compare_digest(digest(secret), expected_hex)
