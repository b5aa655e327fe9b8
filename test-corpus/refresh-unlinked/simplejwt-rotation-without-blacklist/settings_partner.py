from datetime import timedelta

SIMPLE_JWT = {
    "REFRESH_TOKEN_LIFETIME": timedelta(days=1),
}
SIMPLE_JWT["BLACKLIST_AFTER_ROTATION"] = True
# ok: blacklisting enabled by item assignment in the same file
SIMPLE_JWT["ROTATE_REFRESH_TOKENS"] = True
