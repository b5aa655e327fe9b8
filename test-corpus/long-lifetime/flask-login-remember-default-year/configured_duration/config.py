from datetime import timedelta


class Config:
    REMEMBER_COOKIE_DURATION = timedelta(days=14)
