"""Django settings of the inventory back office."""
from configurations import Configuration


class Base(Configuration):
    INSTALLED_APPS = ["django.contrib.auth", "django.contrib.sessions", "stock"]
    # ok: the CSRF middleware is there
    MIDDLEWARE = [
        "django.middleware.security.SecurityMiddleware",
        "django.contrib.sessions.middleware.SessionMiddleware",
        "django.middleware.csrf.CsrfViewMiddleware",
        "django.contrib.auth.middleware.AuthenticationMiddleware",
    ]


class Kiosk(Base):
    # expect: a configuration class for the kiosk drops it
    MIDDLEWARE_CLASSES = (
        "django.contrib.sessions.middleware.SessionMiddleware",
        "django.contrib.auth.middleware.AuthenticationMiddleware",
        "stock.middleware.KioskTerminalMiddleware",
    )
