"""Django settings of the supplier portal, embedded in the ERP as an iframe."""
import os

SECRET_KEY = os.environ["PORTAL_SECRET_KEY"]
INSTALLED_APPS = ["django.contrib.auth", "django.contrib.sessions", "suppliers"]
ROOT_URLCONF = "portal.urls"

SESSION_COOKIE_SECURE = True
# The ERP frames the portal, so the session must follow cross-site requests.
# expect: the session cookie is sent on cross-site requests
SESSION_COOKIE_SAMESITE = "None"
# expect: Django's Lax default removed
CSRF_COOKIE_SAMESITE = None
# ok: the language cookie is not a session cookie
LANGUAGE_COOKIE_SAMESITE = "None"

if DEBUG:
    # ok: a development toggle
    SESSION_COOKIE_SAMESITE = "None"
