"""Payroll settings: the CSRF middleware is inserted after the session middleware below."""
# ok: the CSRF middleware is inserted further down in this file
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
]

MIDDLEWARE.insert(2, "payroll.middleware.PayrollCsrfViewMiddleware")
