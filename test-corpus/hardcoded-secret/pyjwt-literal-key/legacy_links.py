"""Download links for archived payslips."""
import base64
import os

from flask import current_app
from jwt import decode as jwt_decode
from jwt import encode

# expect: literal fallback of the key archive_link passes to jwt encode
ARCHIVE_SECRET = os.environ.get("ARCHIVE_SECRET") or "archive-links-2019"


def archive_link(payslip_id):
    # from-import of encode: the finding points at the fallback above
    token = encode({"payslip": payslip_id}, ARCHIVE_SECRET, algorithm="HS256")
    return f"/archive/{token}"


def open_archive_link(token):
    # ok: key from the Flask configuration
    return jwt_decode(token, current_app.config["JWT_SECRET_KEY"], algorithms=["HS256"])


def encode_filename(name):
    # ok: base64, not PyJWT
    return base64.urlsafe_b64encode(name.encode("utf-8"))


def checksum(value):
    # ok: str.encode has nothing to do with tokens
    return value.encode("utf-8", "strict")
