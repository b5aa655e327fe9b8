# ok: development settings module (not-paths)
SESSION_COOKIE_AGE = 60 * 60 * 24 * 365
