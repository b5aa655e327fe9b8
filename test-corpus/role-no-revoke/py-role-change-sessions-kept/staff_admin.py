"""Payroll back office: staff administration views."""
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import permission_required
from django.contrib.auth.models import Group
from django.db.models import F
from django.shortcuts import get_object_or_404, redirect
from rest_framework_simplejwt.token_blacklist.models import BlacklistedToken, OutstandingToken

from .access_tools import apply_access_change
from .forms import NewEmployeeForm
from .models import Employee

User = get_user_model()


@permission_required("auth.change_user")
def remove_from_payroll_admins(request, user_id):
    user = get_object_or_404(User, pk=user_id)
    # expect: the group goes, the JWTs saying role=payroll-admin stay valid
    user.groups.remove(Group.objects.get(name="payroll-admin"))
    return redirect("staff:detail", user_id)


@permission_required("auth.change_user")
def revoke_staff_flag(request, user_id):
    # expect: bulk update of is_staff, nothing revoked
    User.objects.filter(pk=user_id).update(is_staff=False)
    return redirect("staff:detail", user_id)


@permission_required("payroll.change_employee")
def change_role(request, employee_id):
    employee = get_object_or_404(Employee, pk=employee_id)
    # expect: role written to the row only
    employee.role = request.POST["role"]
    employee.save(update_fields=["role"])
    return redirect("staff:employee", employee_id)


@permission_required("auth.change_user")
def grant_payroll_admin(request, user_id):
    user = get_object_or_404(User, pk=user_id)
    # ok: granting a privilege: old tokens carry less, not more
    user.groups.add(Group.objects.get(name="payroll-admin"))
    # ok: same, granting
    user.is_staff = True
    user.save()
    return redirect("staff:detail", user_id)


def _close_open_logins(user):
    for token in OutstandingToken.objects.filter(user=user):
        BlacklistedToken.objects.get_or_create(token=token)


@permission_required("auth.change_user")
def demote_to_clerk(request, user_id):
    user = get_object_or_404(User, pk=user_id)
    # ok: the helper in this file blacklists the user's outstanding tokens
    user.groups.set([Group.objects.get(name="clerk")])
    _close_open_logins(user)
    return redirect("staff:detail", user_id)


@permission_required("auth.change_user")
def suspend_admin_rights(request, user_id):
    user = get_object_or_404(User, pk=user_id)
    # ok: apply_access_change() in access_tools.py deletes the user's sessions
    user.is_superuser = False
    user.save()
    apply_access_change(user, request.user, "suspended")
    return redirect("staff:detail", user_id)


@permission_required("payroll.change_employee")
def move_to_warehouse(request, employee_id):
    employee = get_object_or_404(Employee, pk=employee_id)
    # ok: the token version the JWT auth checks is bumped in the same update
    Employee.objects.filter(pk=employee.pk).update(role="warehouse", token_version=F("token_version") + 1)
    return redirect("staff:employee", employee_id)


@permission_required("auth.add_user")
def onboard_employee(request):
    form = NewEmployeeForm(request.POST)
    form.is_valid()
    user = User.objects.create_user(form.cleaned_data["email"], password=None)
    # ok: a user created here has no session or token yet
    user.groups.set([Group.objects.get(name="clerk")])
    return redirect("staff:detail", user.pk)
