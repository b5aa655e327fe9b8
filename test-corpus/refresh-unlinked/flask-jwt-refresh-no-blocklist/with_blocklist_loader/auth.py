from flask import Blueprint, jsonify
from flask_jwt_extended import create_access_token, get_jwt_identity, jwt_required

auth = Blueprint("auth", __name__)


@auth.post("/refresh")
@jwt_required(refresh=True)
def refresh():
    # ok: the project registers a blocklist loader (extensions.py), checked on every refresh
    return jsonify(access_token=create_access_token(identity=get_jwt_identity()))
