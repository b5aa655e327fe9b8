"""Production settings for the inventory service."""
import os

from .settings_base import *  # noqa: F401,F403

DEBUG = False

# ok: flags turned on
SESSION_COOKIE_SECURE = True
# ok: read from the environment, secure by default
CSRF_COOKIE_SECURE = env.bool("CSRF_COOKIE_SECURE", default=True)
# ok: Django's default kept explicitly
SESSION_COOKIE_HTTPONLY = True

if os.environ.get("INVENTORY_ALLOW_HTTP") == "1":
    # ok: an explicit, conditional opt-out for the on-premises demo box
    SESSION_COOKIE_SECURE = False
