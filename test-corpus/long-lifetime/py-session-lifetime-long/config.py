"""Expense tracker (Flask) configuration."""
import os
from datetime import timedelta


class Config:
    SECRET_KEY = os.environ.get("SECRET_KEY")
    # ok: 8 hours
    PERMANENT_SESSION_LIFETIME = timedelta(hours=8)


class ProductionConfig(Config):
    # expect: thirty days
    PERMANENT_SESSION_LIFETIME = timedelta(days=30)


class DevelopmentConfig(Config):
    # ok: development configuration
    PERMANENT_SESSION_LIFETIME = timedelta(days=365)
