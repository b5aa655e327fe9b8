"""Library lending desk (Flask-Login), project without REMEMBER_COOKIE_DURATION."""
from datetime import timedelta

from flask import Blueprint, redirect, request, url_for
from flask_login import login_user

from .forms import LoginForm
from .models import Librarian

auth = Blueprint("auth", __name__)


@auth.route("/login", methods=["GET", "POST"])
def login():
    form = LoginForm()
    if form.validate_on_submit():
        librarian = Librarian.query.filter_by(email=form.email.data).first()
        if librarian and librarian.check_password(form.password.data):
            # expect: the remember-me cookie lasts Flask-Login's default year
            login_user(librarian, remember=form.remember_me.data)
            return redirect(url_for("desk.index"))
    return redirect(url_for("auth.login"))


@auth.post("/desk/login")
def desk_login():
    librarian = Librarian.query.get_or_404(request.form["id"])
    # expect: positional remember=True
    login_user(librarian, True)
    return redirect(url_for("desk.index"))


@auth.post("/volunteer/login")
def volunteer_login():
    volunteer = Librarian.query.get_or_404(request.form["id"])
    # ok: no remember-me cookie
    login_user(volunteer, remember=False)
    # ok: an explicit duration (judged by long-lifetime/py-remember-cookie-long)
    login_user(volunteer, remember=True, duration=timedelta(days=7))
    # ok: no remember-me
    login_user(volunteer)
    return redirect(url_for("desk.index"))
