"""Blocklist storage for revoked payroll tokens."""
from datetime import datetime, timezone

from .extensions import db
from .models import TokenBlocklist


def close_token(claims):
    db.session.add(TokenBlocklist(jti=claims["jti"], type=claims["type"], created_at=datetime.now(timezone.utc)))
    db.session.commit()
