"""Public price list with a tiny admin area on Flask's default cookie session."""
from flask import Flask, make_response, redirect

app = Flask(__name__)
app.config.from_prefixed_env()


@app.route("/logout")
def logout():
    resp = make_response(redirect("/"))
    # ok: a signed-cookie session has nothing left on the server to end
    resp.delete_cookie("session")
    return resp


@app.route("/admin/logout")
def admin_logout():
    resp = make_response(redirect("/"))
    # ok: same project, still no server-side session
    resp.set_cookie("session", "", max_age=0)
    return resp
