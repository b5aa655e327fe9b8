"""Old admin API on Flask-JWT-Extended."""
from flask import Blueprint, jsonify, request
from flask_jwt_extended import create_access_token, decode_token, get_jwt_identity, jwt_required

admin = Blueprint("admin", __name__)


@admin.post("/refresh")
@jwt_required(refresh=True)
def refresh():
    # ok: a @jwt_required(refresh=True) view: refresh-unlinked/flask-jwt-refresh-no-blocklist judges it
    return jsonify(access_token=create_access_token(identity=get_jwt_identity()))


@admin.post("/token/refresh")
def token_refresh():
    claims = decode_token(request.json["refresh_token"])
    # expect: hand-written refresh with Flask-JWT-Extended's decode_token, no lookup
    return jsonify(access_token=create_access_token(identity=claims["sub"]))
