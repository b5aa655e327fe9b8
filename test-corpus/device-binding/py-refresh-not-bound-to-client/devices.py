import hashlib

from fastapi import HTTPException


def assert_same_device(stored, request):
    seen = hashlib.sha256(request.headers.get("User-Agent", "").encode()).hexdigest()
    if stored is None or stored.revoked or stored.ua_hash != seen:
        raise HTTPException(status_code=401)
