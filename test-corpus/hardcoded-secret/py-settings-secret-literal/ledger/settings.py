"""FastAPI settings of the ledger service."""
from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="LEDGER_")

    database_url: str = "postgresql://ledger@localhost/ledger"
    # expect: a default the environment may or may not override
    secret_key: str = "changethis"
    # ok: required field, no default
    jwt_secret: str = Field(..., min_length=32)
    # ok: not a secret
    algorithm: str = "HS256"
    access_token_expire_minutes: int = 30


class TestSettings(Settings):
    # ok: test settings class
    secret_key: str = "test"


settings = Settings()
