"""Views of the expense-claims app."""
from flask import Blueprint, jsonify, redirect, request, url_for
from flask_jwt_extended import jwt_required
from flask_login import current_user, login_required

from .extensions import csrf, limiter
from .models import ExpenseClaim

bp = Blueprint("expenses", __name__)


@bp.post("/claims/<int:claim_id>/approve")
# expect: a session-authenticated view exempted from the check
@csrf.exempt
@login_required
def approve_claim(claim_id):
    ExpenseClaim.query.get_or_404(claim_id).approve(current_user)
    return redirect(url_for("expenses.inbox"))


@bp.post("/api/claims")
# ok: bearer-token API view: no cookie for another site to ride on
@csrf.exempt
@jwt_required()
def create_claim_api():
    claim = ExpenseClaim.create(request.get_json())
    return jsonify(id=claim.id), 201


@bp.post("/claims/<int:claim_id>/comment")
# ok: Flask-Limiter's exemption
@limiter.exempt
@login_required
def comment_claim(claim_id):
    ExpenseClaim.query.get_or_404(claim_id).comment(current_user, request.form["text"])
    return redirect(url_for("expenses.detail", claim_id=claim_id))
