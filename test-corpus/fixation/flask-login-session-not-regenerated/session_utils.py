"""Session helpers for the warehouse blueprints."""
from flask import current_app, session
from flask_login import login_user


def start_authenticated_session(user, remember=False):
    session.clear()
    current_app.session_interface.regenerate(session)
    login_user(user, remember=remember)
    session["warehouse_id"] = user.warehouse_id
