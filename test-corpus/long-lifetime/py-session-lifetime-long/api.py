"""Inventory API (FastAPI) with a cookie session for the admin pages."""
import os

from fastapi import FastAPI
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware

SESSION_KEY = os.environ["SESSION_KEY"]

app = FastAPI()
# expect: max_age=None: the signed session cookie never expires
app.add_middleware(SessionMiddleware, secret_key=SESSION_KEY, max_age=None)

admin_middleware = [
    # expect: 30 days
    Middleware(SessionMiddleware, secret_key=SESSION_KEY, max_age=30 * 24 * 60 * 60, https_only=True),
]
reports_middleware = [
    # ok: 4 hours
    Middleware(SessionMiddleware, secret_key=SESSION_KEY, max_age=4 * 3600),
]
