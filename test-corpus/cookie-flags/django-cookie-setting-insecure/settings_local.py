"""Developer laptop settings: runserver speaks plain HTTP. Never deployed."""
from .settings_base import *  # noqa: F401,F403

DEBUG = True

# ok: a settings module that is never deployed (settings_local.py)
SESSION_COOKIE_SECURE = False
