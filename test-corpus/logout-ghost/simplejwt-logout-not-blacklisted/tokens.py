"""Token housekeeping for the inventory API."""
from rest_framework_simplejwt.token_blacklist.models import BlacklistedToken, OutstandingToken


def end_all_sessions(user):
    for outstanding in OutstandingToken.objects.filter(user=user):
        BlacklistedToken.objects.get_or_create(token=outstanding)
