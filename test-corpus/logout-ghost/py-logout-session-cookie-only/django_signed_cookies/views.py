from django.shortcuts import redirect


def logout_view(request):
    response = redirect("kiosk:home")
    # ok: the session is the signed cookie itself (SESSION_ENGINE in settings.py)
    response.delete_cookie("sessionid")
    return response
