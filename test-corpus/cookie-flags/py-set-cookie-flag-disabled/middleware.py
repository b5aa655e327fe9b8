"""Django views and middleware of the stock-count kiosk."""
from django.conf import settings
from django.http import JsonResponse


def kiosk_login(request):
    token = request.POST["badge_token"]
    response = JsonResponse({"ok": True})
    response.set_signed_cookie(
        "kiosk_auth",
        token,
        salt="kiosk",
        # expect: the signed auth cookie also travels over HTTP
        secure=False,
    )
    return response


class LanguageCookieMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        # ok: secure flag follows the settings
        response.set_cookie("kiosk_lang", request.LANGUAGE_CODE, secure=settings.SESSION_COOKIE_SECURE)
        return response


def start_scanner_session(handler, scanner):
    # expect: Tornado secure (signed) cookie with HttpOnly off
    handler.set_secure_cookie("scanner_session", scanner.session_id, httponly=False)


def seed_test_client(client):
    # ok: a test client setting a cookie on its side
    client.set_cookie("kiosk_auth", "fixture-token", secure=False)
