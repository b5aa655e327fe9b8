"""E-mail notifications: no JWT library in this file."""
from .mailer import template


def render(kind, **context):
    # ok: an unrelated "algorithm" option of a template engine
    return template(kind).encode(context, algorithm="none")
