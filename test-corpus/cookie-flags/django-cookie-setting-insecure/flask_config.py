"""Configuration classes of the expenses service (Flask, Flask-Login, Flask-JWT-Extended)."""
import os


class Config:
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    JWT_TOKEN_LOCATION = ["cookies"]
    # ok: Secure unless explicitly running over HTTP
    SESSION_COOKIE_SECURE = os.environ.get("EXPENSES_HTTP_ONLY") != "1"


class DevelopmentConfig(Config):
    DEBUG = True
    # ok: development class, runs over http://localhost
    SESSION_COOKIE_SECURE = False
    # ok: development class
    JWT_COOKIE_SECURE = False


class TestingConfig(Config):
    TESTING = True
    # ok: test class
    REMEMBER_COOKIE_SECURE = False


class ProductionConfig(Config):
    # expect: the remember-me cookie leaks over HTTP in production
    REMEMBER_COOKIE_SECURE = False
    # expect: JWT cookies without Secure in production
    JWT_COOKIE_SECURE = False
    # ok: flag turned on
    SESSION_COOKIE_SECURE = True


class OnPremConfig(ProductionConfig):
    # expect: remember-me cookie readable by page scripts
    REMEMBER_COOKIE_HTTPONLY = False
