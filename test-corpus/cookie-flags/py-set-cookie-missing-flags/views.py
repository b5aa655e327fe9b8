"""Django views of the inventory back office."""
from django.conf import settings
from django.http import HttpResponseRedirect
from django.middleware.csrf import get_token

from .tokens import make_api_key


def issue_api_key(request):
    response = HttpResponseRedirect("/keys/")
    # expect: api key cookie set with Django's defaults (no Secure, no HttpOnly)
    response.set_cookie(key="inventory_api_key", value=make_api_key(request.user))
    return response


def switch_warehouse(request, warehouse_id):
    response = HttpResponseRedirect("/stock/")
    # expect: the session cookie re-issued by hand, without flags
    response.set_cookie(settings.SESSION_COOKIE_NAME, request.session.session_key, max_age=3600)
    # ok: the CSRF cookie (double submit) is not a session cookie
    response.set_cookie("csrftoken", get_token(request))
    # ok: clearing the old warehouse session cookie (value None)
    response.set_cookie("warehouse_session", None)
    # ok: plain preference
    response.set_cookie("warehouse", str(warehouse_id), max_age=30 * 24 * 3600)
    return response
