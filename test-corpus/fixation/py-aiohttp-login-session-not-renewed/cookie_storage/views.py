import base64

from aiohttp import web
from aiohttp_session import get_session, setup
from aiohttp_session.cookie_storage import EncryptedCookieStorage


async def login(request: web.Request):
    session = await get_session(request)
    data = await request.post()
    user = await request.app["users"].check(data["username"], data["password"])
    if user:
        # ok: encrypted cookie storage: no server-side key to fix
        session["user_id"] = user.id
    return web.HTTPFound("/")
