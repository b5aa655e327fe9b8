"""FastAPI application of the supplier portal."""
import os

from fastapi import FastAPI
from fastapi_users.authentication import AuthenticationBackend, CookieTransport, JWTStrategy
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware

from .config import settings

SESSION_OPTIONS = {"https_only": True, "same_site": "strict"}

app = FastAPI(
    middleware=[
        # expect: https_only left out, Starlette's default is False
        Middleware(SessionMiddleware, secret_key=settings.session_secret, max_age=3600),
    ]
)

admin = FastAPI()
# expect: Secure explicitly off
admin.add_middleware(SessionMiddleware, secret_key=settings.admin_secret, https_only=False)

reports = FastAPI()
# ok: https_only on
reports.add_middleware(SessionMiddleware, secret_key=settings.reports_secret, https_only=True, same_site="lax")

exports = FastAPI()
# ok: options shared with the other apps (https_only inside)
exports.add_middleware(SessionMiddleware, secret_key=settings.exports_secret, **SESSION_OPTIONS)

if settings.debug:
    # ok: local development over http://localhost
    admin.add_middleware(SessionMiddleware, secret_key="dev", https_only=False)

# ok: fastapi-users defaults (cookie_secure=True, cookie_httponly=True)
cookie_transport = CookieTransport(cookie_name="supplier_auth", cookie_max_age=3600)
# expect: the auth cookie readable by scripts
legacy_transport = CookieTransport(cookie_name="supplier_legacy", cookie_httponly=False)
