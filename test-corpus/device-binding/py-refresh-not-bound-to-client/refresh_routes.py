"""Courier app API (FastAPI): refresh endpoints."""
import os
from datetime import datetime, timedelta, timezone

import jwt
from fastapi import APIRouter, Depends, HTTPException, Request
from sqlalchemy.orm import Session

from .db import get_db
from .devices import assert_same_device
from .models import RefreshSession
from .schemas import RefreshIn

router = APIRouter(prefix="/auth")
ACCESS_KEY = os.environ["COURIER_ACCESS_KEY"]
REFRESH_KEY = os.environ["COURIER_REFRESH_KEY"]


def issue_access_token(sub: str) -> str:
    now = datetime.now(timezone.utc)
    return jwt.encode({"sub": sub, "exp": now + timedelta(minutes=10)}, ACCESS_KEY, algorithm="HS256")


@router.post("/refresh")
def refresh(body: RefreshIn, db: Session = Depends(get_db)):
    claims = jwt.decode(body.refresh_token, REFRESH_KEY, algorithms=["HS256"])
    stored = db.query(RefreshSession).filter_by(jti=claims["jti"], revoked=False).first()
    if stored is None:
        raise HTTPException(status_code=401)
    now = datetime.now(timezone.utc)
    # expect: looked up, but any device may present it
    return {"access_token": jwt.encode({"sub": claims["sub"], "exp": now + timedelta(minutes=10)}, ACCESS_KEY, algorithm="HS256")}


@router.post("/token/refresh")
def token_refresh(body: RefreshIn, request: Request, db: Session = Depends(get_db)):
    claims = jwt.decode(body.refresh_token, REFRESH_KEY, algorithms=["HS256"])
    stored = db.query(RefreshSession).filter_by(jti=claims["jti"], revoked=False).first()
    if stored is None or stored.device_id != request.headers.get("X-Device-Id"):
        raise HTTPException(status_code=401)
    # ok: the stored device id is compared
    return {"access_token": issue_access_token(claims["sub"])}


@router.post("/v2/refresh")
def refresh_v2(body: RefreshIn, request: Request, db: Session = Depends(get_db)):
    claims = jwt.decode(body.refresh_token, REFRESH_KEY, algorithms=["HS256"])
    stored = db.query(RefreshSession).filter_by(jti=claims["jti"]).first()
    assert_same_device(stored, request)
    # ok: devices.assert_same_device() compares the User-Agent fingerprint
    return {"access_token": issue_access_token(claims["sub"])}


@router.post("/v3/refresh")
def refresh_v3(body: RefreshIn):
    claims = jwt.decode(body.refresh_token, REFRESH_KEY, algorithms=["HS256"])
    # ok: no lookup at all: refresh-unlinked/pyjwt-refresh-no-store-lookup reports this one
    return {"access_token": issue_access_token(claims["sub"])}


@router.post("/partner/refresh")
def partner_refresh(body: RefreshIn, db: Session = Depends(get_db)):
    claims = jwt.decode(body.refresh_token, REFRESH_KEY, algorithms=["HS256"])
    stored = db.query(RefreshSession).filter(RefreshSession.token_hash == body.token_hash).first()
    if stored is None:
        raise HTTPException(status_code=401)
    # expect: hash lookup, no client binding, through the helper
    return {"access_token": issue_access_token(claims["sub"])}


def _same_handset(stored, request):
    if stored is None or stored.device_id != request.headers.get("X-Device-Id"):
        raise HTTPException(status_code=401)


@router.post("/handset/refresh")
def handset_refresh(body: RefreshIn, request: Request, db: Session = Depends(get_db)):
    claims = jwt.decode(body.refresh_token, REFRESH_KEY, algorithms=["HS256"])
    stored = db.query(RefreshSession).filter_by(jti=claims["jti"]).first()
    _same_handset(stored, request)
    # ok: the helper in this file compares the stored device id
    return {"access_token": issue_access_token(claims["sub"])}


@router.post("/refresh-route-cache")
def refresh_route_cache(body: RefreshIn, db: Session = Depends(get_db)):
    """Depot routing: rebuilds the cached route plan. Not a token refresh endpoint."""
    stored = db.query(RefreshSession).filter_by(jti=body.plan_id).first()
    # ok: the handler's name is about a route cache
    return {"plan_token": issue_access_token(str(stored.plan_id))}
