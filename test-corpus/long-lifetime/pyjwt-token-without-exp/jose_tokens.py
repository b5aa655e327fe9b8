from jose import jwt

from .config import settings


def create_token(user):
    # expect: python-jose, same flaw
    to_encode = {"sub": user.email, "roles": [r.name for r in user.roles]}
    return jwt.encode(to_encode, settings.jwt_key, algorithm="HS256")


def create_portal_token(user, expire):
    # ok: the exp is added with update()
    to_encode = {"sub": user.email}
    to_encode.update({"exp": expire})
    return jwt.encode(to_encode, settings.jwt_key, algorithm="HS256")
