"""Refresh tokens the fleet API has issued and not yet revoked."""
from fastapi import HTTPException

from .models import RefreshSession


def load_live_refresh(db, claims):
    row = db.query(RefreshSession).filter_by(jti=claims["jti"], revoked=False).first()
    if row is None:
        raise HTTPException(status_code=401, detail="refresh token revoked")
    return row
