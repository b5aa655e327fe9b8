INSTALLED_APPS = ["django.contrib.auth", "django.contrib.sessions", "kiosk"]
SESSION_ENGINE = "django.contrib.sessions.backends.signed_cookies"
