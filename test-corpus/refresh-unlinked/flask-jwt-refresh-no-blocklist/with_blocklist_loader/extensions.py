from flask_jwt_extended import JWTManager
from redis import Redis

jwt = JWTManager()
revoked_tokens = Redis.from_url("redis://cache:6379/3", decode_responses=True)


@jwt.token_in_blocklist_loader
def check_if_token_revoked(jwt_header, jwt_payload):
    return revoked_tokens.exists(jwt_payload["jti"]) == 1
