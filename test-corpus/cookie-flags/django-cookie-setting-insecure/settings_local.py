"""Developer laptop settings: runserver speaks plain HTTP. Never deployed."""
from .settings_base import *  # noqa: F401,F403

DEBUG = True

# todo-ok: a settings module that is never deployed; the rule cannot tell from the file name
SESSION_COOKIE_SECURE = False
