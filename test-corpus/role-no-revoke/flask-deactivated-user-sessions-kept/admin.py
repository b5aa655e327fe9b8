"""Depot staff portal: account administration."""
from flask import Blueprint, abort, jsonify, request
from flask_login import current_user, login_required, logout_user

from .extensions import db
from .models import LoginRecord, StaffMember
from .sessions import close_access

admin = Blueprint("admin", __name__, url_prefix="/admin")


@admin.post("/staff/<int:member_id>/disable")
@login_required
def disable_member(member_id):
    member = db.get_or_404(StaffMember, member_id)
    # expect: the member's open sessions and remember-me cookie keep working
    member.active = False
    db.session.commit()
    return jsonify(ok=True)


@admin.post("/staff/disable-contractors")
@login_required
def disable_contractors():
    # expect: bulk deactivation, nothing revoked
    StaffMember.query.filter_by(kind="contractor").update({"active": False})
    db.session.commit()
    return jsonify(ok=True)


@admin.post("/staff/<int:member_id>/suspend")
@login_required
def suspend_member(member_id):
    member = db.get_or_404(StaffMember, member_id)
    # ok: the session version the user loader compares is bumped
    member.is_active = False
    member.session_version += 1
    db.session.commit()
    return jsonify(ok=True)


def _drop_login_records(member):
    LoginRecord.query.filter_by(member_id=member.id).delete()


@admin.post("/staff/<int:member_id>/offboard")
@login_required
def offboard_member(member_id):
    member = db.get_or_404(StaffMember, member_id)
    # ok: the helper in this file deletes the member's login records
    member.active = False
    _drop_login_records(member)
    db.session.commit()
    return jsonify(ok=True)


@admin.post("/staff/<int:member_id>/lock")
@login_required
def lock_member(member_id):
    member = db.get_or_404(StaffMember, member_id)
    # ok: close_access() in sessions.py deletes the login records
    member.enabled = False
    close_access(member)
    return jsonify(ok=True)


@admin.post("/me/close")
@login_required
def close_my_account():
    # ok: self-service closure logs the current session out
    current_user.active = False
    db.session.commit()
    logout_user()
    return jsonify(ok=True)


@admin.post("/staff/invite")
@login_required
def invite_member():
    member = StaffMember(email=request.json["email"])
    # ok: a new account has no session yet
    member.active = False
    db.session.add(member)
    db.session.commit()
    return jsonify(id=member.id)


@admin.post("/staff/<int:member_id>/enable")
@login_required
def enable_member(member_id):
    member = db.get_or_404(StaffMember, member_id)
    # ok: re-activation grants access, nothing to revoke
    member.active = True
    db.session.commit()
    return jsonify(ok=True)
