"""Settings shared by every environment of the payroll back office."""
from pathlib import Path

import environ

env = environ.Env()
BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = env.bool("DJANGO_DEBUG", default=False)
SECRET_KEY = env("DJANGO_SECRET_KEY")
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["payroll.internal"])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "payroll",
    "employees",
]

SESSION_ENGINE = "django.contrib.sessions.backends.db"
SESSION_COOKIE_AGE = 60 * 60 * 8

# The load balancer terminates TLS, but a health-check path is still probed over HTTP.
# expect: session cookie sent over plain HTTP
SESSION_COOKIE_SECURE = False

# The reporting widget reads the session id to call the legacy PHP module.
# expect: session cookie readable by page scripts
SESSION_COOKIE_HTTPONLY: bool = False

# ok: the front end reads the CSRF token from the cookie; Django's default, no practical benefit
CSRF_COOKIE_HTTPONLY = False

# ok: the CSRF cookie stays Secure outside development
CSRF_COOKIE_SECURE = not DEBUG

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
