from flask import Flask

from .extensions import login_manager


def create_app(kiosk_mode=False):
    app = Flask(__name__)
    app.config.from_object("clinic.config.ProductionConfig")
    if kiosk_mode:
        # expect: shared kiosk terminals with the check switched off
        app.config["SESSION_PROTECTION"] = None
    # ok: the attribute is read, not set to None
    mode = login_manager.session_protection
    app.logger.info("session protection: %s", mode)
    login_manager.init_app(app)
    return app
