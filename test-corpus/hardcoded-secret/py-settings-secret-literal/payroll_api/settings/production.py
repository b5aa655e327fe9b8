"""Production settings of the payroll API."""
from decouple import config

import environ

from .base import *  # noqa: F401,F403

env = environ.Env()

# expect: decouple default followed by cast=: the `default=` keyword is the fallback
SECRET_KEY = config("PAYROLL_SECRET_KEY", default="payroll-prod-fallback", cast=str)

# expect: django-environ typed accessor env.str(...) with a literal default
JWT_SECRET_KEY = env.str("PAYROLL_JWT_SECRET_KEY", default="payroll-jwt-fallback")

# expect: decouple with a literal default (keyword `default=` as last argument)
WTF_CSRF_SECRET_KEY = config("PAYROLL_CSRF_SECRET_KEY", default="payroll-csrf-fallback")
