from django.contrib.auth import authenticate
from django.shortcuts import redirect, render


def login_view(request):
    user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
    if user is None:
        return render(request, "kiosk/login.html", status=401)
    # ok: this project keeps sessions in signed cookies (SESSION_ENGINE in settings.py)
    request.session["employee_id"] = user.pk
    return redirect("kiosk:home")
