"""Signed links sent by e-mail: password reset, invitation, payslip download."""
import os

import itsdangerous as its
from flask import current_app
from itsdangerous import BadSignature, SignatureExpired, TimestampSigner
from itsdangerous import URLSafeTimedSerializer as LinkSerializer

# expect: invitation key built from literals, used below
INVITE_KEY = "hr-invitations-" "v2"


def reset_serializer():
    # ok: the application's configured key, with a salt
    return LinkSerializer(current_app.config["SECRET_KEY"], salt="password-reset")


def invitation_serializer():
    # reported at INVITE_KEY above through the alias of URLSafeTimedSerializer
    return LinkSerializer(INVITE_KEY, salt="invite")


def payslip_signer():
    # expect: literal key given to TimestampSigner
    return TimestampSigner("payslip-downloads")


def approval_signer():
    # expect: module-qualified class with a keyword key and an env fallback
    return its.Signer(secret_key=os.environ.get("APPROVAL_KEY", "approvals-dev"), salt="approve")


def badge_signer():
    # ok: from the environment, no fallback
    return its.URLSafeSerializer(os.environ["BADGE_KEY"])


def confirm_email(token):
    try:
        return reset_serializer().loads(token, max_age=3600)
    except (SignatureExpired, BadSignature):
        return None
