"""Warehouse scanner back office on Flask-Session (Redis)."""
from flask import Flask, make_response, redirect, session, url_for
from flask_login import LoginManager, login_required, logout_user
from flask_session import Session

app = Flask(__name__)
app.config.from_object("scanner.config.ProductionConfig")
Session(app)
login_manager = LoginManager(app)


@app.route("/logout")
@login_required
def logout():
    resp = make_response(redirect(url_for("login")))
    # expect: the Redis session (and the remember cookie) survive
    resp.delete_cookie(app.config["SESSION_COOKIE_NAME"])
    return resp


@app.post("/auth/sign-out")
@login_required
def sign_out():
    logout_user()
    session.clear()
    resp = make_response(redirect(url_for("login")))
    # ok: logout_user() and session.clear() ended the session server-side
    resp.delete_cookie(app.config["SESSION_COOKIE_NAME"])
    return resp


@app.post("/kiosk/logoff")
def kiosk_logoff():
    resp = make_response(redirect(url_for("kiosk")))
    # expect: remember-me cookie deleted, nothing ended on the server
    resp.set_cookie("remember_token", "", expires=0)
    return resp
