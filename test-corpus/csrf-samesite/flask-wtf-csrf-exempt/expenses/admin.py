"""Admin views: the CSRF object is imported under another name."""
from flask import Blueprint, redirect, url_for
from flask_login import login_required

from .extensions import csrf as csrf_protection
from .models import ExpenseClaim
from .permissions import exempt

admin_bp = Blueprint("admin", __name__)


@admin_bp.post("/admin/claims/purge")
# expect: exemption through the aliased CSRFProtect object
@csrf_protection.exempt
@login_required
def purge_claims():
    ExpenseClaim.purge_rejected()
    return redirect(url_for("admin.index"))


@admin_bp.post("/admin/claims/export")
# ok: an unrelated decorator named exempt
@exempt
@login_required
def export_claims():
    return ExpenseClaim.export_csv()
