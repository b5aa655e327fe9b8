"""Authentication classes of the leave-management API (Django REST framework)."""
import logging

from rest_framework import authentication, exceptions
from rest_framework.authentication import SessionAuthentication

logger = logging.getLogger(__name__)


class CsrfExemptSessionAuthentication(SessionAuthentication):
    # expect: the classic snippet that switches DRF's CSRF check off
    def enforce_csrf(self, request):
        return  # the calendar widget does not send the token


class KioskSessionAuthentication(authentication.SessionAuthentication):
    # expect: docstring and pass, nothing checked
    def enforce_csrf(self, request):
        """Kiosk terminals are on the office network."""
        pass


class AuditedSessionAuthentication(SessionAuthentication):
    # ok: logs, then runs DRF's check
    def enforce_csrf(self, request):
        logger.debug("CSRF check for %s", request.path)
        return super().enforce_csrf(request)


class OriginCheckedSessionAuthentication(SessionAuthentication):
    # ok: replaces the token check with an origin check that rejects foreign sites
    def enforce_csrf(self, request):
        if request.headers.get("Origin") not in {"https://leave.example.com"}:
            raise exceptions.PermissionDenied("Cross-site request refused")


class ApiKeyAuthentication(authentication.BaseAuthentication):
    # ok: not a session authentication class
    def enforce_csrf(self, request):
        return
