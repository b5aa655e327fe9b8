"""Fleet API: access tokens carry the driver's roles."""
from flask import Blueprint, jsonify, request
from flask_jwt_extended import create_access_token

from .models import Driver

auth = Blueprint("auth", __name__)


@auth.post("/login")
def login():
    driver = Driver.authenticate(request.json["badge"], request.json["pin"])
    roles = [r.name for r in driver.roles]
    return jsonify(access_token=create_access_token(identity=str(driver.id), additional_claims={"roles": roles}))
