"""Token issuing for the shift-planning services."""
import os
import time
from datetime import datetime, timedelta, timezone

import jwt
from fastapi_users.authentication import JWTStrategy
from flask_jwt_extended import create_access_token

SIGNING_KEY = os.environ["SIGNING_KEY"]


def issue_access_token(worker):
    now = datetime.now(timezone.utc)
    payload = {
        "sub": str(worker.id),
        "role": worker.role,
        # expect: a 30-day access token
        "exp": now + timedelta(days=30),
    }
    return jwt.encode(payload, SIGNING_KEY, algorithm="HS256")


def issue_kiosk_token(worker):
    # ok: 10 minutes
    return jwt.encode({"sub": str(worker.id), "exp": datetime.now(timezone.utc) + timedelta(minutes=10)}, SIGNING_KEY, algorithm="HS256")


def issue_password_reset_token(worker):
    # ok: a reset token (function name): not an access token
    return jwt.encode({"sub": str(worker.id), "exp": datetime.now(timezone.utc) + timedelta(days=2)}, SIGNING_KEY, algorithm="HS256")


def issue_tokens(worker):
    # ok: typed as a refresh token
    refresh = jwt.encode({"sub": str(worker.id), "type": "refresh", "exp": datetime.now(timezone.utc) + timedelta(days=14)}, SIGNING_KEY, algorithm="HS256")
    return refresh


def scheduler_token(worker):
    # expect: Flask-JWT-Extended per-call lifetime, a year
    return create_access_token(identity=str(worker.id), expires_delta=timedelta(days=365))


def get_jwt_strategy() -> JWTStrategy:
    # expect: fastapi-users strategy, 7 days
    return JWTStrategy(secret=SIGNING_KEY, lifetime_seconds=7 * 24 * 3600)


def get_portal_strategy() -> JWTStrategy:
    # ok: 15 minutes
    return JWTStrategy(secret=SIGNING_KEY, lifetime_seconds=900)


def cache_entry(worker):
    # ok: a cache record without an identity claim
    return {"exp": datetime.now(timezone.utc) + timedelta(days=1), "value": worker.schedule_hash}


def issue_handheld_token(worker):
    # todo-expect: epoch arithmetic (`time.time() + 86400`) is not evaluated as "now + 1 day" yet
    return jwt.encode({"sub": str(worker.id), "exp": int(time.time()) + 24 * 3600}, SIGNING_KEY, algorithm="HS256")


def _expiry():
    return datetime.now(timezone.utc) + timedelta(hours=12)


def issue_night_shift_token(worker):
    # todo-expect: the expiry comes from a same-file helper that returns now + 12 hours (not followed)
    return jwt.encode({"sub": str(worker.id), "exp": _expiry()}, SIGNING_KEY, algorithm="HS256")


def issue_depot_token(worker):
    expire = datetime.now(timezone.utc) + timedelta(days=3)
    # expect: the expiry is a local variable holding now + 3 days
    return jwt.encode({"sub": str(worker.id), "exp": expire}, SIGNING_KEY, algorithm="HS256")
