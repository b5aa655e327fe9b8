"""Flask configuration objects for the inventory service (loaded with app.config.from_object)."""
import os
import secrets

basedir = os.path.abspath(os.path.dirname(__file__))


class Config:
    # expect: environment lookup with a literal fallback
    SECRET_KEY = os.environ.get("INVENTORY_SECRET_KEY") or "inventory-fallback-key"
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    MAIL_SERVER = os.environ.get("MAIL_SERVER", "smtp.example.com")
    # ok: a mail server host with a default is not a secret setting
    INVENTORY_ADMIN = os.environ.get("INVENTORY_ADMIN", "stock@example.com")


class DevelopmentConfig(Config):
    DEBUG = True
    SQLALCHEMY_DATABASE_URI = "sqlite:///" + os.path.join(basedir, "data-dev.sqlite")


class TestingConfig(Config):
    TESTING = True
    # ok: a test configuration class
    SECRET_KEY = "testing-inventory"
    # ok: a test configuration class
    JWT_SECRET_KEY = "testing-inventory-jwt"


class ProductionConfig(Config):
    # ok: required from the environment
    SECRET_KEY = os.environ["SECRET_KEY"]
    # expect: Flask-JWT-Extended key with a literal default
    JWT_SECRET_KEY = os.getenv("JWT_SECRET_KEY", "inventory-jwt-2024")


class EphemeralConfig(Config):
    # ok: generated at start-up
    SECRET_KEY = secrets.token_urlsafe(48)


config = {
    "development": DevelopmentConfig,
    "testing": TestingConfig,
    "production": ProductionConfig,
    "default": DevelopmentConfig,
}
