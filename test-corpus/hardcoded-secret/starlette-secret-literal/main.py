"""FastAPI entry point of the expense-claims service."""
import os

from fastapi import FastAPI
from fastapi_users.authentication import AuthenticationBackend, BearerTransport, JWTStrategy
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette_csrf import CSRFMiddleware

from .settings import settings

# expect: literal fallback of the session secret used by SessionMiddleware below
SESSION_SECRET = os.getenv("EXPENSES_SESSION_SECRET", "expenses-local")

app = FastAPI(
    middleware=[
        # reported at the fallback of SESSION_SECRET
        Middleware(SessionMiddleware, secret_key=SESSION_SECRET, https_only=True),
    ]
)

# expect: CSRF middleware secret written inline
app.add_middleware(CSRFMiddleware, secret="expenses-csrf-2024")

# ok: from the settings object (a pydantic model read from the environment)
app.add_middleware(SessionMiddleware, secret_key=settings.session_secret, same_site="lax")

bearer_transport = BearerTransport(tokenUrl="auth/jwt/login")


def get_jwt_strategy() -> JWTStrategy:
    # expect: fastapi-users JWT secret written inline
    return JWTStrategy(secret="SECRET", lifetime_seconds=3600)


def get_refresh_strategy() -> JWTStrategy:
    # ok: environment, no fallback
    return JWTStrategy(secret=os.environ["EXPENSES_JWT_SECRET"], lifetime_seconds=3600)


auth_backend = AuthenticationBackend(name="jwt", transport=bearer_transport, get_strategy=get_jwt_strategy)
