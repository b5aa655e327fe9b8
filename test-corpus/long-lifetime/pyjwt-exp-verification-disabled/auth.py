"""Timesheet API: token checks."""
import os

import jwt
from fastapi import Header, HTTPException
from jose import jwt as jose_jwt

KEY = os.environ["TIMESHEET_JWT_KEY"]


def current_employee_id(authorization: str = Header(...)):
    token = authorization.removeprefix("Bearer ")
    try:
        # expect: expired tokens accepted
        claims = jwt.decode(token, KEY, algorithms=["HS256"], options={"verify_exp": False})
    except jwt.InvalidTokenError:
        raise HTTPException(status_code=401)
    return int(claims["sub"])


def manager_claims(token: str):
    # expect: python-jose, same option
    return jose_jwt.decode(token, KEY, algorithms=["HS256"], options={"verify_aud": False, "verify_exp": False})


def peek_claims(token: str):
    # ok: signature checking is off too: token-verify's rule judges this
    return jwt.decode(token, options={"verify_signature": False, "verify_exp": False})


def logout(token: str, blocklist):
    # ok: logout records the jti of a token that may already have expired
    claims = jwt.decode(token, KEY, algorithms=["HS256"], options={"verify_exp": False})
    blocklist.add(claims["jti"])


def strict_claims(token: str):
    # ok: expiry checked, with 30 s of leeway
    return jwt.decode(token, KEY, algorithms=["HS256"], leeway=30, options={"require": ["exp"]})
