from flask import Flask, redirect, request, session

app = Flask(__name__)
app.config.from_prefixed_env()


@app.post("/login")
def login():
    session.clear()
    # ok: Flask's own cookie session: no server-side id
    session["user_id"] = int(request.form["id"])
    return redirect("/")
