"""Leave-management API (Flask-JWT-Extended): token endpoints. No blocklist in this project."""
from flask import Blueprint, jsonify, request
from flask_jwt_extended import (
    create_access_token,
    create_refresh_token,
    get_jwt,
    get_jwt_identity,
    jwt_required,
)
from flask_restful import Resource

from .models import Employee, IssuedRefreshToken
from .refresh_store import assert_refresh_current

auth = Blueprint("auth", __name__, url_prefix="/api/auth")


@auth.post("/login")
def login():
    employee = Employee.authenticate(request.json["email"], request.json["password"])
    if employee is None:
        return jsonify(msg="invalid credentials"), 401
    # ok: login issues tokens; this is not a refresh endpoint
    access = create_access_token(identity=str(employee.id))
    # ok: same
    refresh = create_refresh_token(identity=str(employee.id))
    return jsonify(access_token=access, refresh_token=refresh)


@auth.post("/refresh")
@jwt_required(refresh=True)
def refresh():
    identity = get_jwt_identity()
    # expect: nothing can revoke the refresh token that got us here
    return jsonify(access_token=create_access_token(identity=identity))


class TokenRefresh(Resource):
    @jwt_required(refresh=True)
    def post(self):
        # expect: Flask-RESTful resource, same flaw, also rotating without revoking
        access = create_access_token(identity=get_jwt_identity(), fresh=False)
        # ok: one finding per view, on the access token it mints
        new_refresh = create_refresh_token(identity=get_jwt_identity())
        return {"access_token": access, "refresh_token": new_refresh}


@auth.post("/mobile/refresh")
@jwt_required(refresh=True)
def mobile_refresh():
    claims = get_jwt()
    stored = IssuedRefreshToken.query.filter_by(jti=claims["jti"], revoked=False).first()
    if stored is None:
        return jsonify(msg="refresh token revoked"), 401
    # ok: the view checks the refresh token's jti against the issued-token table
    return jsonify(access_token=create_access_token(identity=get_jwt_identity()))


@auth.post("/kiosk/refresh")
@jwt_required(refresh=True)
def kiosk_refresh():
    assert_refresh_current(get_jwt())
    # ok: the helper in refresh_store.py looks the jti up
    return jsonify(access_token=create_access_token(identity=get_jwt_identity()))


def _refresh_row_is_live(claims):
    row = IssuedRefreshToken.query.filter_by(jti=claims["jti"]).first()
    return row is not None and not row.revoked


@auth.post("/desk/refresh")
@jwt_required(refresh=True)
def desk_refresh():
    if not _refresh_row_is_live(get_jwt()):
        return jsonify(msg="refresh token revoked"), 401
    # ok: the helper in this file checks the jti against the issued-token table
    return jsonify(access_token=create_access_token(identity=get_jwt_identity()))


@auth.post("/refresh-holiday-calendar")
@jwt_required()
def refresh_holiday_calendar():
    # ok: an access-token view that re-issues nothing from a refresh token
    token = create_access_token(identity=get_jwt_identity(), additional_claims={"scope": "calendar"})
    return jsonify(calendar_token=token)
