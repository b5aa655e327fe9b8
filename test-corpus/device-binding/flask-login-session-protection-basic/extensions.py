from flask_login import LoginManager

login_manager = LoginManager()
# expect: explicit "basic": a replayed session is merely non-fresh
login_manager.session_protection = "basic"

portal_login = LoginManager()
# ok: strong
portal_login.session_protection = "strong"
