import os

# ok: one working day... of 8 hours
SESSION_COOKIE_AGE = 8 * 60 * 60
# ok: read from the environment: nothing to evaluate
CSRF_COOKIE_AGE = int(os.environ.get("CSRF_COOKIE_AGE", "31449600"))
