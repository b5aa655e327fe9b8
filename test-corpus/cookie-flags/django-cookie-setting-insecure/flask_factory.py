"""Application factory of the timesheet service."""
import os

from flask import Flask

from .extensions import db, jwt, login_manager


def create_app(config_object="timesheets.config.ProductionConfig", test_config=None):
    app = Flask(__name__)
    app.config.from_object(config_object)
    # expect: session cookie over HTTP, set on the app
    app.config["SESSION_COOKIE_SECURE"] = False
    app.config.update(
        JWT_TOKEN_LOCATION=["cookies"],
        # expect: JWT cookies without Secure
        JWT_COOKIE_SECURE=False,
        # ok: Flask-JWT-Extended flag from the environment
        JWT_COOKIE_CSRF_PROTECT=os.environ.get("JWT_CSRF", "1") == "1",
    )
    # expect: mapping form
    app.config.update({"REMEMBER_COOKIE_HTTPONLY": False})
    if test_config is not None:
        app.config.from_mapping(test_config)
    if app.debug:
        # ok: debug toggle
        app.config["SESSION_COOKIE_SECURE"] = False
    # ok: CSRF cookie readable by the page (not one of the reported settings)
    app.config["CSRF_COOKIE_HTTPONLY"] = False
    db.init_app(app)
    jwt.init_app(app)
    login_manager.init_app(app)
    return app


def create_test_app():
    # ok: the test configuration handed to the factory
    return create_app(test_config={"TESTING": True, "SESSION_COOKIE_SECURE": False})
