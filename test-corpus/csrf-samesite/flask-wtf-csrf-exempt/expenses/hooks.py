"""Payment provider callbacks: authenticated by signature, no session."""
import hashlib
import hmac

from flask import Blueprint, abort, current_app, request, session

from .extensions import csrf, db
from .models import Reimbursement

hooks_bp = Blueprint("hooks", __name__)


@hooks_bp.post("/hooks/payouts")
# ok: the provider signs every call; the view never touches the session
@csrf.exempt
def payout_callback():
    expected = hmac.new(current_app.config["PAYOUT_HOOK_KEY"].encode(), request.data, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, request.headers.get("X-Payout-Signature", "")):
        abort(403)
    Reimbursement.mark_paid(request.get_json()["reference"])
    db.session.commit()
    return "", 204


@hooks_bp.post("/claims/quick-approve")
# expect: reads the Flask session to find the approver
@csrf.exempt
def quick_approve():
    Reimbursement.approve(request.form["claim"], approver_id=session["user_id"])
    db.session.commit()
    return "", 204
