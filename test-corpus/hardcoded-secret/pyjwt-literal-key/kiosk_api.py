"""Kiosk API of the warehouse (Flask): tokens for the handheld scanners."""
import datetime

import jwt
from flask import Flask, jsonify, request

app = Flask(__name__)
# todo-expect: a literal stored under a custom config key and read back with app.config["..."] below; the resolver does not follow config subscripts
app.config["SCANNER_JWT_KEY"] = "scanner-fleet-2023"


@app.post("/scanner/token")
def scanner_token():
    device = request.get_json()["device_id"]
    exp = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(hours=8)
    return jsonify(token=jwt.encode({"sub": device, "exp": exp}, app.config["SCANNER_JWT_KEY"], algorithm="HS256"))
