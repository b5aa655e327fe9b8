"""Staging settings for the HR portal: same as production but on the internal network."""
from .settings_base import *  # noqa: F401,F403

# Staging sits behind the VPN, so TLS was dropped "temporarily".
# expect: both cookies in one chained assignment (session)
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = False

if DEBUG:
    # ok: development toggle inside `if DEBUG:`
    CSRF_COOKIE_SECURE = False
