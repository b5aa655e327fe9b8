"""Django settings of the ledger API: token authentication only, no sessions."""
import os

SECRET_KEY = os.environ["LEDGER_SECRET_KEY"]

INSTALLED_APPS = ["django.contrib.contenttypes", "django.contrib.auth", "rest_framework", "ledger"]

# ok: no SessionMiddleware, no session cookie: nothing for another site to ride on
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.common.CommonMiddleware",
    "ledger.middleware.ApiKeyMiddleware",
]

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": ["rest_framework.authentication.TokenAuthentication"],
}
