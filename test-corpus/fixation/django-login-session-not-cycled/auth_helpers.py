"""Session helpers shared by the HR and payroll login views."""
from django.contrib.auth import login

from .models import LoginAudit


def open_employee_session(request, user):
    login(request, user)
    LoginAudit.objects.create(user=user, ip=request.META.get("REMOTE_ADDR"))
