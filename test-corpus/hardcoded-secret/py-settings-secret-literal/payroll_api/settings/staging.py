"""Staging: same as production but deployed from the release branch."""
import os

import environ

from .base import *  # noqa: F401,F403

env = environ.Env()

# expect: django-environ with a literal default: staging runs with it whenever the variable is unset
SECRET_KEY = env("PAYROLL_SECRET_KEY", default="staging-payroll-key-2024")

try:
    JWT_SECRET_KEY = os.environ["PAYROLL_JWT_SECRET_KEY"]
except KeyError:
    # expect: a literal fallback in the except branch
    JWT_SECRET_KEY = "payroll-jwt-fallback"

DEBUG = env.bool("DJANGO_DEBUG", default=False)
if DEBUG:
    # ok: a development toggle, never active in a deployed settings module
    SECRET_KEY = "local-only-key"
else:
    # expect: the else branch of a DEBUG toggle is what staging runs
    JWT_SECRET = "staging-else-branch"

if os.environ.get("PAYROLL_ENV") == "development":
    # ok: a branch only taken on a developer machine
    SECRET_KEY_FALLBACKS = ["dev-fallback-key"]
