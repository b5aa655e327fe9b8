"""Configuration of the timesheet app."""
import os


class Config:
    SECRET_KEY = os.environ["TIMESHEETS_SECRET_KEY"]
    # ok: protection on (the default, written out)
    WTF_CSRF_ENABLED = True
    WTF_CSRF_TIME_LIMIT = 3600


class ProductionConfig(Config):
    # The mobile app could not send the token, so it was switched off for everyone.
    # expect: CSRF protection off in production
    WTF_CSRF_ENABLED = False


class KioskConfig(Config):
    # expect: CSRFProtect only checks views that call csrf.protect() themselves
    WTF_CSRF_CHECK_DEFAULT = False


class TestingConfig(Config):
    TESTING = True
    # ok: test configuration class
    WTF_CSRF_ENABLED = False
