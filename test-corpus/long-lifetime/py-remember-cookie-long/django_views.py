from django.contrib.auth import login
from django.shortcuts import redirect

SIXTY_DAYS = 60 * 24 * 3600


def login_view(request, form):
    user = form.get_user()
    login(request, user)
    if form.cleaned_data.get("remember_me"):
        # expect: "remember me" stretched to 60 days
        request.session.set_expiry(SIXTY_DAYS)
    return redirect("portal:home")


def partner_login(request, form):
    login(request, form.get_user())
    if form.cleaned_data.get("remember_me"):
        # ok: 14 days
        request.session.set_expiry(14 * 24 * 3600)
    return redirect("portal:home")


def badge_login(request, employee):
    response = redirect("portal:home")
    # expect: the user id as a login cookie, for 364 days
    response.set_cookie("userid", employee.pk, max_age=31449600, secure=True, httponly=True)
    return response
