"""Dependency that resolves the current supplier (FastAPI, python-jose)."""
from fastapi import Depends, HTTPException
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from jose import JWTError, jwt

from .db import suppliers
from .keys import public_key_for

bearer = HTTPBearer()


async def current_supplier(credentials: HTTPAuthorizationCredentials = Depends(bearer)):
    token = credentials.credentials
    # expect: unverified claims feed the supplier lookup
    claims = jwt.get_unverified_claims(token)
    supplier = await suppliers.get(claims["sub"])
    if supplier is None:
        raise HTTPException(status_code=401)
    return supplier


async def current_supplier_verified(credentials: HTTPAuthorizationCredentials = Depends(bearer)):
    token = credentials.credentials
    # ok: the claims pick the key, then the same token is verified
    claims = jwt.get_unverified_claims(token)
    try:
        verified = jwt.decode(token, public_key_for(claims["iss"]), algorithms=["ES256"], audience="suppliers")
    except JWTError:
        raise HTTPException(status_code=401)
    return await suppliers.get(verified["sub"])


async def raw_decode(token):
    # expect: python-jose decode with the signature check turned off
    return jwt.decode(token, "", options={"verify_signature": False})
