"""Expense-claims app factory and the partner widget (Starlette)."""
from flask import Flask
from fastapi_users.authentication import CookieTransport
from starlette.middleware.sessions import SessionMiddleware


def create_app():
    app = Flask(__name__)
    app.config.from_object("expenses.config.Config")
    # expect: JWT cookies sent cross-site
    app.config["JWT_COOKIE_SAMESITE"] = "None"
    app.config.update(
        # expect: session cookie sent cross-site
        SESSION_COOKIE_SAMESITE="None",
        # ok: Lax
        REMEMBER_COOKIE_SAMESITE="Lax",
    )
    return app


def widget_app(asgi_app, secret):
    # expect: Starlette session cookie with same_site="none"
    return SessionMiddleware(asgi_app, secret_key=secret, https_only=True, same_site="none")


# expect: fastapi-users cookie transport with SameSite None
partner_transport = CookieTransport(cookie_name="partner_auth", cookie_samesite="none")
# ok: fastapi-users default (lax)
cookie_transport = CookieTransport(cookie_name="expenses_auth")
