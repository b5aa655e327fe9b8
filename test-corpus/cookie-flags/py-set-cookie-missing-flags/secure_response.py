"""Response class of the ledger service: every cookie is Secure and HttpOnly."""
from flask import Response


class LedgerResponse(Response):
    def set_cookie(self, key, value="", **kwargs):
        kwargs.setdefault("secure", True)
        kwargs.setdefault("httponly", True)
        kwargs.setdefault("samesite", "Lax")
        super().set_cookie(key, value, **kwargs)


def attach_session(resp, session_token):
    # ok: the response class of this module forces the flags
    resp.set_cookie("ledger_session", session_token)
    return resp
