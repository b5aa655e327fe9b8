"""Payslip API: the single-page app keeps the JWTs in cookies."""
import os
from datetime import timedelta

from flask import Flask
from flask_jwt_extended import JWTManager

jwt = JWTManager()


def create_app():
    app = Flask(__name__)
    app.config["JWT_SECRET_KEY"] = os.environ["PAYSLIPS_JWT_SECRET_KEY"]
    app.config["JWT_TOKEN_LOCATION"] = ["cookies"]
    app.config["JWT_COOKIE_SECURE"] = True
    app.config["JWT_ACCESS_TOKEN_EXPIRES"] = timedelta(minutes=15)
    # The SPA's HTTP client did not forward the X-CSRF-TOKEN header.
    # expect: double-submit check switched off for cookie JWTs
    app.config["JWT_COOKIE_CSRF_PROTECT"] = False
    jwt.init_app(app)
    return app


def create_kiosk_app():
    app = create_app()
    app.config.update(
        JWT_TOKEN_LOCATION=["cookies", "headers"],
        # expect: keyword form
        JWT_COOKIE_CSRF_PROTECT=False,
    )
    return app


def create_test_app():
    app = create_app()
    # ok: test configuration
    app.config.update(TESTING=True, JWT_COOKIE_CSRF_PROTECT=False)
    return app
