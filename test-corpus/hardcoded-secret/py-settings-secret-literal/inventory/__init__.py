"""Application factory of the inventory service."""
import os

from flask import Flask
from flask_jwt_extended import JWTManager

jwt = JWTManager()


def create_app(overrides=None):
    app = Flask("inventory")
    app.config.from_mapping(
        # expect: a default key shipped whenever the deployment's settings file is missing
        SECRET_KEY="dev",
        STOCK_DB_URL="sqlite:///stock.db",
        LOW_STOCK_THRESHOLD=5,
    )
    app.config.from_envvar("INVENTORY_SETTINGS", silent=True)
    if overrides:
        app.config.update(overrides)

    # ok: from the environment
    app.config["JWT_SECRET_KEY"] = os.environ["INVENTORY_JWT_SECRET_KEY"]

    if app.debug:
        # ok: only when the debugger is on
        app.secret_key = "debug-toolbar-key"

    jwt.init_app(app)
    return app


def create_kiosk_app():
    kiosk = Flask("kiosk")
    # expect: session key set on the app object
    kiosk.secret_key = b"kiosk-terminal-\x8f\x12"
    # expect: literal set through config subscript
    kiosk.config["WTF_CSRF_SECRET_KEY"] = "kiosk-csrf"
    # expect: mapping handed to update
    kiosk.config.update({"JWT_SECRET_KEY": "kiosk-jwt"})
    # expect: default planted in the environment
    os.environ.setdefault("SECRET_KEY", "kiosk-fallback")
    return kiosk


class LabelPrinter:
    def __init__(self, secret_key):
        # ok: an attribute of an unrelated object, set from a parameter
        self.secret_key = secret_key
