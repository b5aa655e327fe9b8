"""Access-change bookkeeping shared by the admin views."""
from django.contrib.sessions.models import Session
from django.utils import timezone

from .models import AccessChange


def apply_access_change(user, actor, reason):
    AccessChange.objects.create(user=user, actor=actor, reason=reason)
    for session in Session.objects.filter(expire_date__gte=timezone.now()):
        if session.get_decoded().get("_auth_user_id") == str(user.pk):
            Session.objects.filter(pk=session.pk).delete()
