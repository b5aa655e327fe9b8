"""Plain Starlette app for the warehouse handhelds."""
from starlette.applications import Starlette
from starlette.middleware.sessions import SessionMiddleware

from .routes import routes
from .settings import HTTPS_ONLY, SESSION_SECRET

app = Starlette(routes=routes)
# expect: wrapped directly, without https_only
app = SessionMiddleware(app, secret_key=SESSION_SECRET)

# ok: flag from configuration
secure_app = SessionMiddleware(Starlette(routes=routes), secret_key=SESSION_SECRET, https_only=HTTPS_ONLY)
