"""Server-side session handling shared by the claims views."""
from django.contrib.auth import logout as auth_logout

from .models import AuditEntry


def terminate_session(request):
    AuditEntry.objects.create(actor=request.user, action="logout")
    auth_logout(request)
