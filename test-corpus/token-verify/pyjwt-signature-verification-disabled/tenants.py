"""Multi-tenant token routing of the HR API."""
import jwt

from .keys import TENANT_KEYS


def tenant_of(token):
    # todo-ok: a helper that only reads the tenant id; its caller verifies the token (no cross-function view)
    return jwt.decode(token, options={"verify_signature": False})["tid"]


def authenticate(token):
    key = TENANT_KEYS[tenant_of(token)]
    return jwt.decode(token, key, algorithms=["RS256"], audience="hr-api")
