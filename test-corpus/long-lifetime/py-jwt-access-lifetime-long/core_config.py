"""FastAPI service settings (pydantic)."""
from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    SECRET_KEY: str
    # expect: the full-stack template's 8 days
    ACCESS_TOKEN_EXPIRE_MINUTES: int = 60 * 24 * 8
    # ok: 30 minutes
    PORTAL_ACCESS_TOKEN_EXPIRE_MINUTES: int = 30
    # expect: the mobile app's access tokens last a month
    MOBILE_ACCESS_TOKEN_EXPIRE_DAYS: int = 30


# ok: 45 minutes
ACCESS_TOKEN_EXPIRE_MINUTES = 45
# expect: two days
ACCESS_TOKEN_EXPIRE_HOURS = 48
# ok: one hour exactly is not over the limit
ACCESS_TOKEN_EXPIRE_SECONDS = 3600
