"""Test settings: the test client posts without tokens."""
from .base import *  # noqa: F401,F403

# ok: test settings module
MIDDLEWARE = [
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
]
