"""Delegated tokens for the inventory scanner fleet (Authlib)."""
from authlib.jose import jwt

from .keys import load_private_key

header = {"alg": "HS256"}


def scanner_token(device_id):
    # expect: Authlib takes the key third
    return jwt.encode(header, {"sub": device_id}, "scanner-fleet-key")


def scanner_token_rs(device_id):
    # ok: key loaded from a file at run time
    return jwt.encode({"alg": "RS256"}, {"sub": device_id}, load_private_key())
