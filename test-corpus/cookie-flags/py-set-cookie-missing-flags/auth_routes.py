"""FastAPI routes issuing the payroll portal's tokens."""
from fastapi import APIRouter, Depends, Response
from fastapi.security import OAuth2PasswordRequestForm

from .security import authenticate, create_access_token, create_refresh_token

router = APIRouter()

ACCESS_COOKIE = "payroll_at"
REFRESH_COOKIE = "payroll_refresh"


@router.post("/auth/login")
def login(response: Response, form: OAuth2PasswordRequestForm = Depends()):
    employee = authenticate(form.username, form.password)
    access_token = create_access_token(employee.id)
    # expect: value is the access token, no flags at all
    response.set_cookie(ACCESS_COOKIE, access_token)
    # expect: constant name says refresh; Secure missing even though HttpOnly is set
    response.set_cookie(REFRESH_COOKIE, create_refresh_token(employee.id), httponly=True, path="/auth/refresh")
    # ok: both flags passed
    response.set_cookie(key="payroll_session_hint", value="1", secure=True, httponly=True)
    # ok: a UI preference, no session or token in it
    response.set_cookie("payroll_theme", form.scopes[0] if form.scopes else "light")
    return {"ok": True}


@router.post("/auth/logout")
def logout(response: Response):
    # ok: deletion cookie (empty value, expired)
    response.set_cookie(ACCESS_COOKIE, "", max_age=0)
    # ok: deletion through a past date
    response.set_cookie(key=REFRESH_COOKIE, value="x", expires="Thu, 01 Jan 1970 00:00:00 GMT")
    response.delete_cookie(ACCESS_COOKIE)
    return {"ok": True}


COOKIE_OPTIONS = {"secure": True, "httponly": True, "samesite": "strict"}


@router.post("/auth/sso")
def sso(response: Response, token: str):
    # ok: flags passed through the shared options
    response.set_cookie("payroll_at", token, **COOKIE_OPTIONS)
    return {"ok": True}
