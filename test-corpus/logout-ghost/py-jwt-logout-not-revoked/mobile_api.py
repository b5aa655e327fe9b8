"""Timesheet mobile API (FastAPI) with the access token in a cookie."""
from fastapi import APIRouter, Depends, Response

from .deps import current_claims
from .tokens import revoke_refresh_token

router = APIRouter(prefix="/mobile")


@router.post("/auth/logout")
async def logout(response: Response):
    # expect: the access token cookie is deleted, the token itself still works
    response.delete_cookie("access_token")
    return {"ok": True}


@router.post("/auth/logout-device")
async def logout_device(response: Response, claims: dict = Depends(current_claims)):
    await revoke_refresh_token(claims.get("jti"))
    # ok: the refresh token was revoked by its jti first
    response.delete_cookie("refresh_token", path="/mobile/auth")
    return {"ok": True}


@router.post("/auth/signout")
async def signout(response: Response):
    # expect: expiring the cookie by hand is the same thing
    response.set_cookie("refresh_token", "", max_age=0, httponly=True, secure=True)
    return {"ok": True}
