from datetime import timedelta

from flask import Flask


def create_app():
    app = Flask(__name__)
    app.config.from_object("expenses.config.ProductionConfig")
    # expect: seconds, a week
    app.config["PERMANENT_SESSION_LIFETIME"] = 7 * 24 * 3600
    # expect: the attribute form, 90 days
    app.permanent_session_lifetime = timedelta(days=90)
    if app.debug:
        # ok: debug only
        app.config.update(PERMANENT_SESSION_LIFETIME=timedelta(days=365))
    return app
