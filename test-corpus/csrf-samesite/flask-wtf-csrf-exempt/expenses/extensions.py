"""Extensions of the expense-claims app."""
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_login import LoginManager
from flask_wtf.csrf import CSRFProtect

csrf = CSRFProtect()
limiter = Limiter(key_func=get_remote_address)
login_manager = LoginManager()


def init_extensions(app, api_bp, hooks_bp):
    csrf.init_app(app)
    limiter.init_app(app)
    login_manager.init_app(app)
    # expect: the whole API blueprint is exempted, and it is served to the browser with the session
    csrf.exempt(api_bp)
    # ok: rate limiter exemption, nothing to do with CSRF
    limiter.exempt(hooks_bp)
