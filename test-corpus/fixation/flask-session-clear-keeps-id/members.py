"""Investment club members area (Flask-Login on the same Flask-Session store)."""
from flask import Blueprint, redirect, request, session, url_for
from flask_login import login_user

from .models import Member

members = Blueprint("members", __name__, url_prefix="/members")


@members.post("/login")
def member_login():
    member = Member.query.filter_by(email=request.form["email"]).first()
    if member is None or not member.check_password(request.form["password"]):
        return redirect(url_for("members.login_form", failed=1))
    session.clear()
    # expect: Flask-Login writes _user_id into the cleared session: the sid is unchanged
    login_user(member)
    return redirect(url_for("members.portfolio"))
