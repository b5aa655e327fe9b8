from datetime import timedelta

SIMPLE_JWT = {
    # expect: a day-long access token
    "ACCESS_TOKEN_LIFETIME": timedelta(days=1),
    # ok: refresh lifetime is another rule's business
    "REFRESH_TOKEN_LIFETIME": timedelta(days=7),
}
JWT_AUTH = {
    # expect: djangorestframework-jwt, a week
    "JWT_EXPIRATION_DELTA": timedelta(weeks=1),
}
