"""Views of the supplier portal."""
from django.conf import settings
from django.http import JsonResponse


def embed_token(request):
    response = JsonResponse({"ok": True})
    # expect: cookie set with SameSite=None
    response.set_cookie("portal_embed", request.session.session_key, secure=True, httponly=True, samesite="None")
    # ok: Lax
    response.set_cookie("portal_hint", "1", secure=True, samesite="Lax")
    # ok: Django's set_cookie default (None means: no attribute, Django's historical default for ad-hoc cookies)
    response.set_cookie("portal_tour_seen", "1", samesite=None)
    return response


def refresh_cookie(request, refresh_token):
    response = JsonResponse({"ok": True})
    secure = request.is_secure()
    # expect: on HTTPS (production) the refresh token goes cross-site
    response.set_cookie("portal_refresh", refresh_token, secure=secure, httponly=True, samesite="None" if secure else "Lax")
    # ok: the cross-site variant only in development
    response.set_cookie("portal_dev_tour", "1", samesite="None" if settings.DEBUG else "Lax")
    return response
