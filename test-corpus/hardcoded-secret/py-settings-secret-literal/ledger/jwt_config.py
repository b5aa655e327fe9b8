"""fastapi-jwt-auth configuration of the ledger service."""
from fastapi_jwt_auth import AuthJWT
from pydantic import BaseModel


class JwtSettings(BaseModel):
    # expect: fastapi-jwt-auth reads this attribute as its signing key
    authjwt_secret_key: str = "ledger-jwt-secret"
    authjwt_token_location: set = {"cookies"}


@AuthJWT.load_config
def get_config():
    return JwtSettings()
