"""Course-marks portal (aiohttp) with sessions in Redis."""
from aiohttp import web
from aiohttp_session import setup as setup_session
from aiohttp_session.redis_storage import RedisStorage


def create_app(redis_pool):
    app = web.Application()
    setup_session(app, RedisStorage(redis_pool, httponly=True, secure=True))
    return app
