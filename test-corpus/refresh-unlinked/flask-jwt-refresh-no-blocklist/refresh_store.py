"""Issued refresh tokens of the leave-management API."""
from flask import abort

from .models import IssuedRefreshToken


def assert_refresh_current(claims):
    row = IssuedRefreshToken.query.filter_by(jti=claims["jti"]).first()
    if row is None or row.revoked:
        abort(401)
