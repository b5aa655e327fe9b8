from datetime import datetime, timedelta, timezone

from flask import Blueprint, make_response, redirect, request, url_for
from flask_login import login_user

from .models import Technician
from .tokens import issue_device_token

auth = Blueprint("auth", __name__)


@auth.post("/login")
def login():
    tech = Technician.authenticate(request.form["email"], request.form["password"])
    if tech is None:
        return redirect(url_for("auth.login"))
    # expect: remember-me for 400 days
    login_user(tech, remember=True, duration=timedelta(days=400))
    return redirect(url_for("jobs.today"))


@auth.post("/tablet/login")
def tablet_login():
    tech = Technician.authenticate(request.form["email"], request.form["password"])
    # ok: 7 days
    login_user(tech, remember=True, duration=timedelta(days=7))
    resp = make_response(redirect(url_for("jobs.today")))
    # expect: a device token cookie that lasts two years
    resp.set_cookie("device_token", issue_device_token(tech), max_age=2 * 365 * 24 * 3600, secure=True, httponly=True)
    # expect: the expiry as a date, one year out
    resp.set_cookie("remember_tech", str(tech.id), expires=datetime.now(timezone.utc) + timedelta(days=365), secure=True, httponly=True)
    # ok: a UI preference cookie may live long
    resp.set_cookie("preferred_depot", request.form.get("depot", ""), max_age=365 * 24 * 3600)
    # ok: 12 hours
    resp.set_cookie("session_hint", "1", max_age=12 * 3600, secure=True)
    return resp
