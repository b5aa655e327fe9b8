"""Application factory of the timesheet app."""
import os

from flask import Flask
from flask_wtf.csrf import CSRFProtect

csrf = CSRFProtect()


def create_app(test_config=None):
    app = Flask(__name__)
    app.config.from_object("timesheets.config.ProductionConfig")
    if test_config:
        app.config.from_mapping(test_config)
    if os.environ.get("TIMESHEETS_LEGACY_CLIENTS"):
        # expect: switched off at run time for legacy clients
        app.config["WTF_CSRF_ENABLED"] = False
    if app.testing:
        # ok: only in tests
        app.config["WTF_CSRF_ENABLED"] = False
    csrf.init_app(app)
    return app


def create_batch_app():
    app = create_app()
    # expect: mapping form
    app.config.update({"WTF_CSRF_ENABLED": False})
    return app


def create_test_app():
    # ok: the test configuration handed to the factory
    return create_app({"TESTING": True, "WTF_CSRF_ENABLED": False})
