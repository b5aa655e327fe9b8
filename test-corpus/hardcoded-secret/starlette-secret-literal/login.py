"""Login manager of the supplier portal (fastapi-login) and the admin app (Flask-Login)."""
import os

from fastapi_login import LoginManager

# expect: fastapi-login secret as first argument
manager = LoginManager("supplier-portal-secret", "/auth/token", use_cookie=True)

# ok: environment
admin_manager = LoginManager(os.environ["ADMIN_LOGIN_SECRET"], "/admin/token")
