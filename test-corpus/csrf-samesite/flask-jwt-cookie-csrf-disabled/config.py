"""Configuration of the mobile time-clock API: bearer tokens in the Authorization header only."""
import os


class Config:
    JWT_SECRET_KEY = os.environ["TIMECLOCK_JWT_SECRET_KEY"]
    JWT_TOKEN_LOCATION = ["headers"]
    JWT_HEADER_TYPE = "Bearer"
    # ok: tokens never travel in cookies in this app (header-only location set in this file)
    JWT_COOKIE_CSRF_PROTECT = False
