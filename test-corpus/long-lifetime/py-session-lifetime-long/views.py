from datetime import timedelta

from django.contrib.auth import login
from django.shortcuts import redirect


def login_view(request, user):
    login(request, user)
    if request.POST.get("remember_me"):
        # ok: the "remember me" branch is judged against the remember-me threshold
        request.session.set_expiry(timedelta(days=14))
    else:
        # ok: ends with the browser
        request.session.set_expiry(0)
    return redirect("benefits:home")


def kiosk_login(request, user):
    login(request, user)
    # expect: every kiosk session lasts three days
    request.session.set_expiry(3 * 24 * 3600)
    return redirect("benefits:kiosk")
