"""Token helpers of the fleet-maintenance API."""
import os
from datetime import datetime, timedelta, timezone
from uuid import uuid4

import jwt

ACCESS_KEY = os.environ["FLEET_ACCESS_KEY"]
REFRESH_KEY = os.environ["FLEET_REFRESH_KEY"]


def create_access_token(subject: str, role: str) -> str:
    now = datetime.now(timezone.utc)
    claims = {"sub": subject, "role": role, "iat": now, "exp": now + timedelta(minutes=15)}
    return jwt.encode(claims, ACCESS_KEY, algorithm="HS256")


def create_refresh_token(subject: str) -> str:
    now = datetime.now(timezone.utc)
    claims = {"sub": subject, "jti": uuid4().hex, "type": "refresh", "exp": now + timedelta(days=7)}
    return jwt.encode(claims, REFRESH_KEY, algorithm="HS256")


def decode_token(token: str, refresh: bool = False) -> dict:
    key = REFRESH_KEY if refresh else ACCESS_KEY
    return jwt.decode(token, key, algorithms=["HS256"])
