"""Field-service app (Flask) configuration."""
import os
from datetime import timedelta

YEAR = timedelta(days=365)


class Config:
    SECRET_KEY = os.environ.get("SECRET_KEY")
    # ok: two weeks
    REMEMBER_COOKIE_DURATION = timedelta(days=14)
    REMEMBER_COOKIE_SECURE = True


class ProductionConfig(Config):
    # expect: a year, through a constant
    REMEMBER_COOKIE_DURATION = YEAR


class TestingConfig(Config):
    # ok: test configuration
    REMEMBER_COOKIE_DURATION = timedelta(days=3650)


def configure_tablets(app):
    # expect: seconds, 90 days
    app.config["REMEMBER_COOKIE_DURATION"] = 90 * 24 * 60 * 60
    # ok: read from the environment
    app.config["REMEMBER_COOKIE_SAMESITE"] = os.environ.get("REMEMBER_SAMESITE", "Lax")
