from flask import redirect, request
from flask_login import login_user

from .models import Member


def login():
    member = Member.authenticate(request.form["email"], request.form["password"])
    # ok: config.py sets REMEMBER_COOKIE_DURATION for the whole project
    login_user(member, remember=True)
    return redirect("/")
