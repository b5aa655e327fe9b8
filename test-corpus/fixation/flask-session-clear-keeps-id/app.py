"""Stock-portfolio tracker (Flask-Session on the file system)."""
import os

from flask import Flask, current_app, flash, redirect, render_template, request, session
from flask_session import Session
from werkzeug.security import check_password_hash

from .db import query_one
from .portfolio import start_portfolio_session

app = Flask(__name__)
app.config["SESSION_PERMANENT"] = False
app.config["SESSION_TYPE"] = "filesystem"
Session(app)


@app.route("/login", methods=["GET", "POST"])
def login():
    session.clear()
    if request.method == "GET":
        return render_template("login.html")
    row = query_one("SELECT id, hash FROM users WHERE username = ?", request.form.get("username"))
    if row is None or not check_password_hash(row["hash"], request.form.get("password", "")):
        flash("invalid username and/or password")
        return render_template("login.html"), 403
    # expect: cleared, but the same sid now carries the login
    session["user_id"] = row["id"]
    return redirect("/")


@app.route("/advisor/login", methods=["POST"])
def advisor_login():
    session.clear()
    row = query_one("SELECT id, hash FROM advisors WHERE email = ?", request.form["email"])
    if row is None or not check_password_hash(row["hash"], request.form["password"]):
        return render_template("login.html"), 403
    session["advisor_id"] = row["id"]
    # ok: written, then the sid is regenerated
    current_app.session_interface.regenerate(session)
    return redirect("/advisor")


@app.route("/partner/login", methods=["POST"])
def partner_login():
    session.clear()
    row = query_one("SELECT id, hash FROM partners WHERE code = ?", request.form["code"])
    if row is None or not check_password_hash(row["hash"], request.form["password"]):
        return render_template("login.html"), 403
    # ok: the helper in portfolio.py regenerates the id after writing the identity
    start_portfolio_session(row["id"])
    return redirect("/partner")


@app.route("/register", methods=["POST"])
def register():
    session.clear()
    # ok: not a login view (the new account is logged in by /login)
    session["registered_username"] = request.form["username"]
    return redirect("/login")


@app.route("/demo/login", methods=["POST"])
def demo_login():
    # ok: nothing cleared: fixation/flask-login-session-not-regenerated reports this one
    session["user_id"] = 1
    return redirect("/")


def _fresh_sid():
    current_app.session_interface.regenerate(session)


@app.route("/auditor/login", methods=["POST"])
def auditor_login():
    session.clear()
    row = query_one("SELECT id, hash FROM auditors WHERE email = ?", request.form["email"])
    if row is None or not check_password_hash(row["hash"], request.form["password"]):
        return render_template("login.html"), 403
    # ok: the helper in this file regenerates the id right after the write
    session["auditor_id"] = row["id"]
    _fresh_sid()
    return redirect("/audit")
