"""Ward-rota API (Flask-JWT-Extended) configuration."""
import os
from datetime import timedelta


class Config:
    JWT_SECRET_KEY = os.environ["JWT_SECRET_KEY"]
    # ok: 14 days
    JWT_REFRESH_TOKEN_EXPIRES = timedelta(days=14)


class ProductionConfig(Config):
    # expect: refresh tokens that never expire
    JWT_REFRESH_TOKEN_EXPIRES = False


class DevelopmentConfig(Config):
    # ok: development configuration
    JWT_REFRESH_TOKEN_EXPIRES = False


def configure_mobile(app):
    # expect: a year, as a config item
    app.config["JWT_REFRESH_TOKEN_EXPIRES"] = timedelta(days=365)
