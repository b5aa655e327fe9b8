"""Fleet API: role administration."""
from flask import Blueprint, jsonify
from flask_security import roles_required
from flask_security.utils import set_uniquifier

from .extensions import db, user_datastore
from .models import Driver, Role

admin = Blueprint("admin", __name__, url_prefix="/admin")


@admin.delete("/drivers/<int:driver_id>/roles/<name>")
@roles_required("fleet-admin")
def remove_role(driver_id, name):
    driver = db.get_or_404(Driver, driver_id)
    # expect: the access tokens listing this role stay valid
    driver.roles.remove(Role.query.filter_by(name=name).one())
    db.session.commit()
    return jsonify(ok=True)


@admin.post("/drivers/<int:driver_id>/demote")
@roles_required("fleet-admin")
def demote(driver_id):
    driver = db.get_or_404(Driver, driver_id)
    # expect: Flask-Security datastore call, no revocation
    user_datastore.remove_role_from_user(driver, "dispatcher")
    db.session.commit()
    return jsonify(ok=True)


@admin.post("/drivers/<int:driver_id>/suspend-dispatch")
@roles_required("fleet-admin")
def suspend_dispatch(driver_id):
    driver = db.get_or_404(Driver, driver_id)
    # ok: set_uniquifier() invalidates the driver's sessions and tokens
    user_datastore.remove_role_from_user(driver, "dispatcher")
    set_uniquifier(driver)
    db.session.commit()
    return jsonify(ok=True)
