"""Settings shared by every deployment of the payroll API."""
import os

import environ
from decouple import config

env = environ.Env()

# ok: read from the environment, no fallback: the process fails to start without it
SECRET_KEY = os.environ["PAYROLL_SECRET_KEY"]

# ok: old keys for the rotation window, also from the environment
SECRET_KEY_FALLBACKS = [os.environ["PAYROLL_OLD_SECRET_KEY"]] if "PAYROLL_OLD_SECRET_KEY" in os.environ else []

# ok: django-environ without a default
JWT_SECRET_KEY = env("PAYROLL_JWT_SECRET_KEY")

# ok: python-decouple without a default
WTF_CSRF_SECRET_KEY = config("PAYROLL_CSRF_SECRET_KEY")

# ok: an empty fallback is not a usable key: Django refuses to start with it
AUTHJWT_SECRET_KEY = os.environ.get("AUTHJWT_SECRET_KEY", "")

TIME_ZONE = "UTC"
USE_TZ = True
