"""Tokens exchanged with the legacy badge printers."""
import os

import jwt
from jose import jws

PRINTER_KEY = os.environ["PRINTER_KEY"]


def read_printer_token(token):
    # expect: the printers' firmware sent unsigned tokens, so "none" was allowed
    return jwt.decode(token, PRINTER_KEY, algorithms=["HS256", "none"])


def read_any(token):
    # expect: tuple form, capitalised
    return jwt.decode(token, PRINTER_KEY, algorithms=("None",))


def print_job_token(job):
    # expect: issuing an unsigned token
    return jwt.encode({"job": job.id}, None, algorithm="none")


def read_badge(token):
    # ok: one real algorithm
    return jwt.decode(token, PRINTER_KEY, algorithms=["HS256"])


def sign_badge(payload):
    # ok: a signed JWS
    return jws.sign(payload, PRINTER_KEY, algorithm="HS256")
