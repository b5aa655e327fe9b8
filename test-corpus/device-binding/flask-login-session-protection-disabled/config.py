import os


class Config:
    SECRET_KEY = os.environ.get("SECRET_KEY")
    # ok: strong binding
    SESSION_PROTECTION = "strong"


class ProductionConfig(Config):
    # expect: production turns the check off
    SESSION_PROTECTION = None
    SESSION_COOKIE_SECURE = True


class DevelopmentConfig(Config):
    # ok: a development configuration
    SESSION_PROTECTION = None
