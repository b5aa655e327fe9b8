from datetime import timedelta

SIMPLE_JWT = {
    "ACCESS_TOKEN_LIFETIME": timedelta(minutes=10),
}
SIMPLE_JWT["REFRESH_TOKEN_LIFETIME"] = timedelta(days=1)
# expect: rotation switched on by item assignment, blacklisting left at its default (False)
SIMPLE_JWT["ROTATE_REFRESH_TOKENS"] = True
