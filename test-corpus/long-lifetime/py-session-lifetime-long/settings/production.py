"""Benefits portal: production settings."""
import os

from .base import *  # noqa: F401,F403

DEBUG = False
TWO_WEEKS = 60 * 60 * 24 * 14
# expect: a stolen session cookie works for two weeks
SESSION_COOKIE_AGE = TWO_WEEKS
SESSION_COOKIE_SECURE = True
