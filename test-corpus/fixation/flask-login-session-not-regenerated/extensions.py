"""Inventory service: extensions shared by the blueprints."""
from flask_login import LoginManager
from flask_session import Session
from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()
login_manager = LoginManager()
server_sessions = Session()


def init_extensions(app):
    app.config.setdefault("SESSION_TYPE", "redis")
    db.init_app(app)
    login_manager.init_app(app)
    server_sessions.init_app(app)
