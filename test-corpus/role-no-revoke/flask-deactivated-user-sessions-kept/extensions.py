"""Depot staff portal (Flask-Login)."""
from flask_login import LoginManager
from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()
login_manager = LoginManager()


@login_manager.user_loader
def load_user(user_id):
    from .models import StaffMember
    return db.session.get(StaffMember, int(user_id))
