"""HR portal: login views of the employee self-service site."""
from django.contrib import messages
from django.contrib.auth import authenticate, login as auth_login
from django.contrib.auth.hashers import check_password
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views import View
from django.views.generic import FormView

from .auth_helpers import open_employee_session
from .forms import EmployeeLoginForm, PayslipFilterForm
from .models import Employee, LoginAudit


def login_view(request):
    if request.method != "POST":
        return render(request, "hr/login.html")
    user = authenticate(
        request,
        username=request.POST.get("username"),
        password=request.POST.get("password"),
    )
    if user is None:
        # ok: a failure counter is not identity
        request.session["login_attempts"] = request.session.get("login_attempts", 0) + 1
        messages.error(request, "Invalid credentials")
        return render(request, "hr/login.html", status=401)
    # expect: the employee id goes into the session the browser had before login
    request.session["employee_id"] = user.employee.pk
    # expect: the role too
    request.session["role"] = user.employee.role
    return redirect("hr:dashboard")


class ManagerLoginView(View):
    template_name = "hr/manager_login.html"

    def post(self, request):
        form = EmployeeLoginForm(request.POST)
        if not form.is_valid():
            return render(request, self.template_name, {"form": form})
        manager = Employee.objects.filter(email=form.cleaned_data["email"], is_manager=True).first()
        if manager and check_password(form.cleaned_data["password"], manager.password_hash):
            # expect: class-based login view writing the identity without cycle_key()
            self.request.session.update({"manager_id": manager.pk, "is_authenticated": True})
            return redirect("hr:team")
        return render(request, self.template_name, {"form": form, "error": True})


def kiosk(request):
    """Shop-floor kiosk: badge number + PIN."""
    badge = request.POST.get("badge", "")
    employee = Employee.objects.filter(badge=badge).first()
    if employee is not None and check_password(request.POST.get("pin", ""), employee.pin_hash):
        # expect: guarded by a credential check, in a view not named for login
        request.session["kiosk_user_id"] = employee.pk
        return redirect("hr:clock")
    return render(request, "hr/kiosk.html", status=401)


def signin(request):
    user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
    if user is None:
        return render(request, "hr/login.html", status=401)
    auth_login(request, user)
    # ok: django.contrib.auth.login() already cycled the session key
    request.session["role"] = user.employee.role
    return redirect("hr:dashboard")


def sso_callback(request):
    user = authenticate(request, sso_ticket=request.GET.get("ticket"))
    if user is None:
        return redirect("hr:login")
    # ok: written before, but cycle_key() below gives the session a new key with the same data
    request.session["employee_id"] = user.employee.pk
    request.session.cycle_key()
    return redirect("hr:dashboard")


def _start_fresh_session(request, employee):
    request.session.flush()
    request.session["employee_id"] = employee.pk


def contractor_login(request):
    contractor = authenticate(request, username=request.POST["username"], password=request.POST["password"])
    if contractor is None:
        return render(request, "hr/login.html", status=401)
    _start_fresh_session(request, contractor.employee)
    # ok: the helper in this file flushed the session (new key) first
    request.session["user_role"] = "contractor"
    return redirect("hr:timesheets")


def payroll_login(request):
    user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
    if user is None:
        return render(request, "hr/login.html", status=401)
    open_employee_session(request, user)
    # ok: the helper in auth_helpers.py logs the user in through django.contrib.auth
    request.session["payroll_user_id"] = user.pk
    return redirect("payroll:index")


def login_history(request):
    """Report page: who logged in when. Not a login view."""
    form = PayslipFilterForm(request.GET)
    if form.is_valid():
        # ok: a report filter, in a view that only has "login" in its name
        request.session["selected_user_id"] = form.cleaned_data["employee"].pk
    entries = LoginAudit.objects.order_by("-created")[:200]
    return render(request, "hr/login_history.html", {"entries": entries})


def login_page(request):
    # ok: the redirect target is not identity
    request.session["next"] = request.GET.get("next", "/")
    return render(request, "hr/login.html")


class EmployeeLoginView(FormView):
    form_class = EmployeeLoginForm
    template_name = "hr/login.html"

    def form_valid(self, form):
        user = form.get_user()
        auth_login(self.request, user)
        # ok: login() cycled the key before this write
        self.request.session["employee_id"] = user.employee.pk
        return redirect("hr:dashboard")


class Login(View):
    def get(self, request):
        return render(request, "hr/legacy_login.html")

    def post(self, request):
        employee = Employee.objects.filter(username=request.POST.get("username")).first()
        if employee is not None and employee.legacy_password_matches(request.POST.get("password", "")):
            # expect: legacy login class keeps the pre-login session key
            request.session["name"] = employee.username
            return redirect("hr:dashboard")
        return render(request, "hr/legacy_login.html", {"error": True})


def badge_login(request: HttpRequest) -> HttpResponse:
    employee = Employee.objects.filter(badge=request.POST.get("badge", "")).first()
    if employee is None or not employee.check_pin(request.POST.get("pin", "")):
        return render(request, "hr/kiosk.html", status=401)
    # expect: an annotated view, same flaw
    request.session["badge_employee_id"] = employee.pk
    return redirect("hr:clock")
