"""Login, sign-in and related views of the inventory back office."""
from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, session, url_for
from flask.views import MethodView
from flask_login import login_user
from werkzeug.security import check_password_hash

from .extensions import db
from .models import LoginEvent, StockClerk, Supplier
from .session_utils import start_authenticated_session

auth = Blueprint("auth", __name__)


@auth.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("auth/login.html")
    clerk = StockClerk.query.filter_by(email=request.form["email"]).first()
    if clerk is None or not check_password_hash(clerk.password_hash, request.form["password"]):
        # ok: a failure counter is not identity
        session["login_attempts"] = session.get("login_attempts", 0) + 1
        flash("Wrong e-mail or password")
        return redirect(url_for("auth.login"))
    # expect: Flask-Login writes _user_id into the pre-login server-side session
    login_user(clerk, remember=request.form.get("remember") == "on")
    return redirect(url_for("stock.index"))


@auth.route("/supplier/signin", methods=["POST"])
def supplier_signin():
    supplier = Supplier.query.filter_by(code=request.form["code"]).first_or_404()
    if not check_password_hash(supplier.password_hash, request.form["password"]):
        abort(401)
    session.clear()
    # ok: cleared first (fixation/flask-session-clear-keeps-id notes that the sid survives)
    session["supplier_id"] = supplier.id
    return redirect(url_for("portal.orders"))


@auth.post("/kiosk")
def kiosk():
    clerk = StockClerk.query.filter_by(badge=request.form["badge"]).first()
    if clerk and check_password_hash(clerk.pin_hash, request.form["pin"]):
        # expect: guarded by a password check, identity written without a new sid
        session.update({"clerk_id": clerk.id, "role": clerk.role})
        return redirect(url_for("stock.scan"))
    abort(401)


class LoginView(MethodView):
    def post(self):
        clerk = StockClerk.query.filter_by(email=request.form["email"]).first()
        if clerk is None or not clerk.check_password(request.form["password"]):
            abort(401)
        # expect: MethodView login without regenerate
        login_user(clerk)
        return redirect(url_for("stock.index"))


auth.add_url_rule("/api/login", view_func=LoginView.as_view("api_login"))


@auth.route("/manager/login", methods=["POST"])
def manager_login():
    manager = StockClerk.query.filter_by(email=request.form["email"], is_manager=True).first()
    if manager is None or not manager.check_password(request.form["password"]):
        abort(401)
    regenerate = getattr(current_app.session_interface, "regenerate", None)
    if regenerate is not None:
        regenerate(session)
    # ok: the session id was regenerated just above
    login_user(manager)
    # ok: same
    session["role"] = "manager"
    return redirect(url_for("reports.index"))


def _rotate_session():
    session.clear()
    current_app.session_interface.regenerate(session)


@auth.route("/auditor/login", methods=["POST"])
def auditor_login():
    auditor = StockClerk.query.filter_by(email=request.form["email"], is_auditor=True).first()
    if auditor is None or not auditor.check_password(request.form["password"]):
        abort(401)
    _rotate_session()
    # ok: the helper in this file regenerated the session id
    login_user(auditor)
    return redirect(url_for("audit.index"))


@auth.route("/warehouse/login", methods=["POST"])
def warehouse_login():
    clerk = StockClerk.query.filter_by(badge=request.form["badge"]).first()
    if clerk is None or not clerk.check_password(request.form["password"]):
        abort(401)
    # ok: the helper in session_utils.py regenerates the id before login_user()
    start_authenticated_session(clerk)
    return redirect(url_for("stock.index"))


@auth.route("/login-history")
def login_history():
    # ok: a report page, not a login view
    session["selected_user_id"] = request.args.get("user", type=int)
    events = LoginEvent.query.order_by(LoginEvent.created.desc()).limit(100).all()
    return render_template("auth/history.html", events=events)


@auth.route("/login/start")
def login_start():
    # ok: the redirect target is not identity
    session["next_url"] = request.args.get("next", "/")
    return redirect(url_for("auth.login"))


@auth.route("/sso/redirect")
def oauth_redirect():
    clerk = StockClerk.query.filter_by(sso_subject=request.args["sub"]).first_or_404()
    # expect: the OAuth return leg logs the clerk in on the pre-login sid
    login_user(clerk)
    return redirect(url_for("stock.index"))


@auth.route("/setup/login", methods=["POST"])
def setup_login():
    if request.form.get("setup_token") == current_app.config.get("SETUP_TOKEN"):
        admin = StockClerk.query.filter_by(is_admin=True).first_or_404()
        # todo-expect: this branch never regenerates; the regenerate() of the other branch, later in the source, hides it (source order, not control flow)
        login_user(admin)
        return redirect(url_for("admin.index"))
    clerk = StockClerk.query.filter_by(email=request.form["email"]).first_or_404()
    if not clerk.check_password(request.form["password"]):
        abort(401)
    current_app.session_interface.regenerate(session)
    # ok: regenerated first
    login_user(clerk)
    return redirect(url_for("stock.index"))
