"""Expense claims portal (Django): sign-out views."""
from django.conf import settings
from django.contrib.auth import logout
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.views import View

from .reports import build_logout_report
from .session_services import terminate_session


def logout_view(request):
    response = redirect("claims:login")
    # expect: only the browser forgets the id; the django_session row stays authenticated
    response.delete_cookie("sessionid")
    return response


class SignOutView(View):
    def post(self, request):
        response = JsonResponse({"signed_out": True})
        # expect: expiring the cookie by hand is still client-only
        response.set_cookie(settings.SESSION_COOKIE_NAME, "", max_age=0, path="/")
        return response


def logout_everywhere(request):
    logout(request)
    response = redirect("claims:login")
    # ok: django.contrib.auth.logout() flushed the session first
    response.delete_cookie(settings.SESSION_COOKIE_NAME)
    return response


def _end_session(request):
    request.session.flush()


def kiosk_logout(request):
    _end_session(request)
    response = redirect("claims:kiosk")
    # ok: the helper in this file flushed the server-side session
    response.delete_cookie("sessionid")
    return response


def approver_logout(request):
    response = redirect("claims:login")
    # ok: terminate_session() in session_services.py logs the user out server-side
    response.delete_cookie("sessionid")
    terminate_session(request)
    return response


def logout_all_devices_report(request):
    """Admin report: which sessions were ended by "log out everywhere". Not a logout view."""
    response = HttpResponse(build_logout_report(), content_type="text/csv")
    # ok: a report view clearing its own export cookie
    response.delete_cookie("report_session_filter")
    return response


def logout_confirm(request):
    if request.method == "GET":
        return render(request, "claims/logout_confirm.html")
    logout(request)
    response = redirect("claims:login")
    # ok: a UI preference cookie, not the session
    response.delete_cookie("claims_theme")
    return response


def kiosk_sign_out(request: HttpRequest) -> HttpResponse:
    response = redirect("claims:kiosk")
    # expect: an annotated view, cookie only
    response.delete_cookie(settings.SESSION_COOKIE_NAME)
    return response
