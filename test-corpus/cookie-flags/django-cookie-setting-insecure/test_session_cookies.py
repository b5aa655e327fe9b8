"""Tests for the login flow of the HR portal."""
from django.conf import settings
from django.test import TestCase, override_settings
from django.urls import reverse


# ok: a test override, not a deployed setting
@override_settings(SESSION_COOKIE_SECURE=False, CSRF_COOKIE_SECURE=False)
class LoginOverHttpTests(TestCase):
    def test_login_sets_session_cookie(self):
        response = self.client.post(reverse("login"), {"username": "ana", "password": "pw"})
        self.assertIn(settings.SESSION_COOKIE_NAME, response.cookies)

    def test_cookie_flags_follow_settings(self):
        # ok: the settings context manager in a test
        with self.settings(SESSION_COOKIE_HTTPONLY=False):
            response = self.client.get(reverse("dashboard"))
        self.assertEqual(response.status_code, 302)


def configure_for_kiosk(overrides):
    # ok: a local variable inside a function
    SESSION_COOKIE_SECURE = False
    overrides["SESSION_COOKIE_SECURE"] = SESSION_COOKIE_SECURE
    return overrides
