"""Fleet-maintenance API (FastAPI): authentication routes."""
import hashlib
import os
from datetime import datetime, timedelta, timezone

import jwt
from fastapi import APIRouter, Depends, Form, HTTPException
from sqlalchemy.orm import Session

from .db import get_db
from .models import Mechanic, RefreshSession, ServiceClient
from .refresh_store import load_live_refresh
from .schemas import RefreshIn
from .deps import current_mechanic
from .security import ACCESS_KEY, REFRESH_KEY, create_access_token, create_refresh_token, decode_token

router = APIRouter(prefix="/auth")
SERVICE_KEY = os.environ["FLEET_SERVICE_KEY"]


@router.post("/login")
def login(form: dict, db: Session = Depends(get_db)):
    mechanic = Mechanic.authenticate(db, form["badge"], form["password"])
    if mechanic is None:
        raise HTTPException(status_code=401)
    # ok: login, not a refresh endpoint
    return {"access_token": create_access_token(str(mechanic.id), mechanic.role),
            "refresh_token": create_refresh_token(str(mechanic.id))}


@router.post("/refresh")
def refresh(body: RefreshIn):
    claims = jwt.decode(body.refresh_token, REFRESH_KEY, algorithms=["HS256"])
    if claims.get("type") != "refresh":
        raise HTTPException(status_code=401)
    now = datetime.now(timezone.utc)
    # expect: signature and expiry checked, the token itself never looked up
    access = jwt.encode({"sub": claims["sub"], "exp": now + timedelta(minutes=15)}, ACCESS_KEY, algorithm="HS256")
    return {"access_token": access}


@router.post("/token/refresh")
def token_refresh(body: RefreshIn, db: Session = Depends(get_db)):
    claims = decode_token(body.refresh_token, refresh=True)
    mechanic = db.get(Mechanic, int(claims["sub"]))
    if mechanic is None or not mechanic.active:
        raise HTTPException(status_code=401)
    # expect: a user lookup is not a token lookup
    return {"access_token": create_access_token(str(mechanic.id), mechanic.role)}


@router.post("/oauth/token")
def oauth_token(grant_type: str = Form(...), refresh_token: str = Form(None), db: Session = Depends(get_db)):
    if grant_type == "refresh_token":
        claims = jwt.decode(refresh_token, REFRESH_KEY, algorithms=["HS256"])
        client = db.get(ServiceClient, claims["sub"])
        # expect: the refresh branch of a token endpoint, same flaw
        return {"access_token": create_access_token(client.id, "service")}
    raise HTTPException(status_code=400, detail="unsupported_grant_type")


@router.post("/v2/refresh")
def refresh_v2(body: RefreshIn, db: Session = Depends(get_db)):
    claims = jwt.decode(body.refresh_token, REFRESH_KEY, algorithms=["HS256"])
    digest = hashlib.sha256(body.refresh_token.encode()).hexdigest()
    stored = db.query(RefreshSession).filter(RefreshSession.token_hash == digest).first()
    if stored is None or stored.revoked:
        raise HTTPException(status_code=401)
    # ok: the presented token is matched against the stored hash
    return {"access_token": create_access_token(claims["sub"], stored.role)}


def _check_session_row(db, claims):
    row = db.get(RefreshSession, claims["jti"])
    if row is None:
        raise HTTPException(status_code=401)


@router.post("/mobile/refresh")
def mobile_refresh(body: RefreshIn, db: Session = Depends(get_db)):
    claims = decode_token(body.refresh_token, refresh=True)
    _check_session_row(db, claims)
    # ok: the helper in this file looks the jti up
    return {"access_token": create_access_token(claims["sub"], "mechanic")}


@router.post("/kiosk/refresh-token")
def kiosk_refresh_token(body: RefreshIn, db: Session = Depends(get_db)):
    claims = decode_token(body.refresh_token, refresh=True)
    session_row = load_live_refresh(db, claims)
    # ok: load_live_refresh() in refresh_store.py checks the jti against the table
    return {"access_token": create_access_token(claims["sub"], session_row.role)}


@router.post("/refresh-inventory")
def refresh_inventory(service_token: str = Form(...)):
    """Depot sync: re-signs a short-lived service token. Not a user refresh endpoint."""
    claims = jwt.decode(service_token, SERVICE_KEY, algorithms=["HS256"])
    now = datetime.now(timezone.utc)
    # ok: the handler's name and route are about inventory, not token refresh
    return {"sync_token": jwt.encode({"depot": claims["depot"], "exp": now + timedelta(minutes=5)}, SERVICE_KEY, algorithm="HS256")}


@router.get("/token/renew")
async def renew_token(mechanic: Mechanic = Depends(current_mechanic)):
    # expect: sliding renewal: any valid (even stolen) access token buys a fresh one, forever
    return {"access_token": create_access_token(str(mechanic.id), mechanic.role)}
