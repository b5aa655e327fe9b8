"""Login and preference views of the expenses app (Flask)."""
from flask import Blueprint, current_app, make_response, redirect, request, url_for

from .auth import issue_session_token, verify_credentials
from .search import render_search

bp = Blueprint("auth", __name__)


@bp.post("/login")
def login():
    user = verify_credentials(request.form["email"], request.form["password"])
    resp = make_response(redirect(url_for("expenses.index")))
    resp.set_cookie(
        "expenses_session",
        issue_session_token(user),
        # expect: the session cookie is readable by scripts
        httponly=False,
        secure=True,
    )
    return resp


@bp.post("/remember")
def remember_device():
    resp = make_response("", 204)
    # expect: remember-me token sent over plain HTTP
    resp.set_cookie("remember_device", request.form["device_token"], secure=False, httponly=True)
    return resp


@bp.post("/logout")
def logout():
    resp = make_response(redirect(url_for("auth.login_form")))
    # ok: a deletion cookie carries nothing
    resp.set_cookie("expenses_session", "", expires=0, secure=False)
    # ok: deletion through max_age=0
    resp.set_cookie("remember_device", "gone", max_age=0, httponly=False)
    return resp


@bp.get("/csrf")
def csrf_cookie():
    resp = make_response("", 204)
    # ok: the double-submit CSRF cookie must be readable by the page
    resp.set_cookie("XSRF-TOKEN", current_app.csrf_token(), httponly=False, secure=True)
    return resp


@bp.post("/preferences")
def preferences():
    resp = make_response(redirect(request.referrer or "/"))
    # ok: flag computed from the request (HTTPS behind the proxy)
    resp.set_cookie("expenses_session", request.cookies["expenses_session"], secure=request.is_secure, httponly=True)
    if current_app.debug:
        # ok: local development over HTTP
        resp.set_cookie("debug_token", "local", secure=False)
    return resp


@bp.get("/search")
def search():
    resp = make_response(render_search(request.args["q"]))
    # ok: the page's script reads the highlight terms; nothing sensitive in this cookie
    resp.set_cookie("highlight", value=request.args["q"], secure=True, httponly=False)
    return resp
