"""Shift-planning API (Flask-JWT-Extended) configuration."""
import os
from datetime import timedelta


class Config:
    JWT_SECRET_KEY = os.environ["JWT_SECRET_KEY"]
    # ok: 15 minutes
    JWT_ACCESS_TOKEN_EXPIRES = timedelta(minutes=15)


class ProductionConfig(Config):
    # expect: access tokens that never expire
    JWT_ACCESS_TOKEN_EXPIRES = False


class StagingConfig(Config):
    # expect: one day, in seconds
    JWT_ACCESS_TOKEN_EXPIRES = 24 * 60 * 60


class TestConfig(Config):
    # ok: test configuration
    JWT_ACCESS_TOKEN_EXPIRES = False
