"""Settings for the test run (pytest --ds=payroll_api.settings.test)."""
from .base import *  # noqa: F401,F403

# ok: a test settings module is never deployed
SECRET_KEY = "test-secret-key-not-used-in-production"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
