"""Warehouse handheld scanners: token issuing."""
import os
from datetime import datetime, timedelta, timezone

import jwt

KEY = os.environ["SCANNER_JWT_KEY"]


def issue_scanner_token(operator):
    # expect: identity, no exp: valid forever
    return jwt.encode({"sub": str(operator.id), "role": operator.role}, KEY, algorithm="HS256")


def issue_supervisor_token(supervisor):
    # expect: built in a variable, never given an exp
    payload = {"user_id": supervisor.id, "role": "supervisor", "depot": supervisor.depot_id}
    token = jwt.encode(payload, KEY, algorithm="HS256")
    return token


def issue_shift_token(operator):
    now = datetime.now(timezone.utc)
    # ok: exp present
    return jwt.encode({"sub": str(operator.id), "iat": now, "exp": now + timedelta(hours=1)}, KEY, algorithm="HS256")


def issue_picker_token(operator):
    # ok: exp added below
    claims = {"sub": str(operator.id), "role": "picker"}
    claims["exp"] = datetime.now(timezone.utc) + timedelta(minutes=30)
    return jwt.encode(claims, KEY, algorithm="HS256")


def issue_loader_token(operator, base_claims):
    # ok: the spread claims may carry the exp
    return jwt.encode({**base_claims, "sub": str(operator.id)}, KEY, algorithm="HS256")


def create_api_key(integration):
    # ok: an API key: long-lived by design, revoked through the integrations table
    return jwt.encode({"sub": integration.client_id, "scope": "inventory:read"}, KEY, algorithm="HS256")


def label_printer_header(printer):
    # ok: not an identity payload
    return jwt.encode({"printer": printer.serial, "format": "zpl"}, KEY, algorithm="HS256")
