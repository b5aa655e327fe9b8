"""SSO with the legacy intranet (pinned to PyJWT 1.7 by the intranet client library)."""
import jwt
from django.conf import settings


def intranet_user(token):
    # expect: no algorithms: PyJWT 1.x trusts the header's alg
    claims = jwt.decode(token, settings.INTRANET_PUBLIC_KEY)
    return claims["uid"]


def intranet_user_kw(token):
    # expect: key as keyword, still no algorithms
    return jwt.decode(token, key=settings.INTRANET_PUBLIC_KEY, audience="hr")


def intranet_user_pinned(token):
    # ok: algorithm pinned
    return jwt.decode(token, settings.INTRANET_PUBLIC_KEY, algorithms=["RS256"])


def intranet_user_v1(token):
    # ok: PyJWT 1.x positional (key, verify, algorithms) call: not judged
    return jwt.decode(token, settings.INTRANET_PUBLIC_KEY, True, ["RS256"])


def peek(token):
    # ok: verification off is another rule's finding
    return jwt.decode(token, options={"verify_signature": False})


def decode_with(token, **options):
    # ok: algorithms may be in **options
    return jwt.decode(token, settings.INTRANET_PUBLIC_KEY, **options)
