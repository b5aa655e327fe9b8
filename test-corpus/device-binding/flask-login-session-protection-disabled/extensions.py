"""Clinic scheduling app: Flask extensions."""
from flask_login import LoginManager
from flask_wtf import CSRFProtect

login_manager = LoginManager()
login_manager.login_view = "auth.login"
# expect: no binding to the client at all
login_manager.session_protection = None
csrf = CSRFProtect()
