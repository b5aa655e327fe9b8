"""Small supplier portal on Flask's default (signed cookie) session."""
from flask import Flask, abort, redirect, request, session
from werkzeug.security import check_password_hash

from .models import Supplier

app = Flask(__name__)
app.config.from_prefixed_env()


@app.post("/login")
def login():
    supplier = Supplier.query.filter_by(code=request.form["code"]).first()
    if supplier is None or not check_password_hash(supplier.password_hash, request.form["password"]):
        abort(401)
    # ok: no server-side store in this project: the cookie session has no id to fix
    session["supplier_id"] = supplier.id
    return redirect("/orders")
