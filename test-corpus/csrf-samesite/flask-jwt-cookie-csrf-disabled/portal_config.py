"""Configuration of the employee portal (cookies)."""
import os


class Config:
    JWT_SECRET_KEY = os.environ["PORTAL_JWT_SECRET_KEY"]
    JWT_TOKEN_LOCATION = ["cookies"]
    JWT_COOKIE_SECURE = True


class ProductionConfig(Config):
    # expect: cookie JWTs without the CSRF check in production
    JWT_COOKIE_CSRF_PROTECT = False


class DevelopmentConfig(Config):
    JWT_COOKIE_SECURE = False
    # ok: development class
    JWT_COOKIE_CSRF_PROTECT = False
