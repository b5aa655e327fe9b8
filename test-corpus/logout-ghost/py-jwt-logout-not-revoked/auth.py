"""Payroll API (Flask-JWT-Extended): sign-out endpoints."""
from datetime import datetime, timezone

from flask import Blueprint, jsonify, send_file
from flask_jwt_extended import get_jwt, jwt_required, unset_jwt_cookies

from .extensions import db, redis_client
from .models import TokenBlocklist
from .reports import build_signout_report
from .token_store import close_token

auth = Blueprint("auth", __name__, url_prefix="/api/auth")


@auth.post("/logout")
def logout():
    resp = jsonify(msg="signed out")
    # expect: the cookies go, the tokens stay valid until they expire
    unset_jwt_cookies(resp)
    return resp


@auth.delete("/session")
@jwt_required()
# expect: a JWT logout that revokes nothing
def sign_out():
    return jsonify(msg="bye"), 200


@auth.post("/logout/all")
@jwt_required(verify_type=False)
# ok: the token id goes into the blocklist table
def logout_all():
    token = get_jwt()
    db.session.add(TokenBlocklist(jti=token["jti"], type=token["type"], created_at=datetime.now(timezone.utc)))
    db.session.commit()
    resp = jsonify(msg="signed out")
    unset_jwt_cookies(resp)
    return resp


def _remember_signed_out():
    claims = get_jwt()
    redis_client.set(claims["jti"], "", ex=3600)


@auth.post("/kiosk/logout")
@jwt_required()
# ok: the helper in this file stores the jti in Redis
def kiosk_logout():
    _remember_signed_out()
    resp = jsonify(msg="signed out")
    unset_jwt_cookies(resp)
    return resp


@auth.post("/payroll/signout")
@jwt_required()
# ok: close_token() in token_store.py adds the jti to the blocklist
def payroll_signout():
    close_token(get_jwt())
    return jsonify(msg="signed out")


@auth.get("/logout-all-devices-report")
def logout_all_devices_report():
    """CSV of remote sign-outs for the security team; not a logout."""
    resp = send_file(build_signout_report(), mimetype="text/csv")
    # ok: clears the one-time download token of the report
    resp.delete_cookie("report_download_token")
    return resp
