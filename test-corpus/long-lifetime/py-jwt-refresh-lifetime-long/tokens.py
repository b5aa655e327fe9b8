import os
from datetime import datetime, timedelta, timezone

import jwt
from flask_jwt_extended import create_refresh_token

KEY = os.environ["REFRESH_KEY"]


def issue_refresh(nurse):
    now = datetime.now(timezone.utc)
    # expect: a refresh token for two years
    return jwt.encode({"sub": str(nurse.id), "type": "refresh", "exp": now + timedelta(days=730)}, KEY, algorithm="HS256")


def issue_access(nurse):
    # ok: an access token (another rule's threshold)
    return jwt.encode({"sub": str(nurse.id), "type": "access", "exp": datetime.now(timezone.utc) + timedelta(days=200)}, KEY, algorithm="HS256")


def kiosk_refresh(nurse):
    # expect: per-call lifetime that never ends
    return create_refresh_token(identity=str(nurse.id), expires_delta=False)


def ward_refresh(nurse):
    # ok: 7 days
    return create_refresh_token(identity=str(nurse.id), expires_delta=timedelta(days=7))
