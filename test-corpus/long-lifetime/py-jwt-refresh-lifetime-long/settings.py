from datetime import timedelta

SIMPLE_JWT = {
    "ACCESS_TOKEN_LIFETIME": timedelta(minutes=10),
    # expect: half a year
    "REFRESH_TOKEN_LIFETIME": timedelta(days=180),
    # ok: 30 days
    "SLIDING_TOKEN_REFRESH_LIFETIME": timedelta(days=30),
}
# ok: 60 days
REFRESH_TOKEN_EXPIRE_DAYS = 60
# expect: 60 * 24 * 365 minutes is a year
LEGACY_REFRESH_TOKEN_EXPIRE_MINUTES = 60 * 24 * 365
