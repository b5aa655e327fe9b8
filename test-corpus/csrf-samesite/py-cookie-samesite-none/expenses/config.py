"""Flask configuration of the expense-claims app."""
import os


class Config:
    SECRET_KEY = os.environ["EXPENSES_SECRET_KEY"]
    # ok: Flask's default (no attribute); not reported outside Django settings
    SESSION_COOKIE_SAMESITE = None
    # ok: Strict
    REMEMBER_COOKIE_SAMESITE = "Strict"


class PartnerConfig(Config):
    # expect: remember-me cookie follows cross-site requests
    REMEMBER_COOKIE_SAMESITE = "none"


class DevelopmentConfig(Config):
    # ok: development class
    JWT_COOKIE_SAMESITE = "None"
