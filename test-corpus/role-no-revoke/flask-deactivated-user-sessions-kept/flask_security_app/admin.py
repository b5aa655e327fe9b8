from flask import Blueprint, jsonify
from flask_security import roles_required

from .models import Analyst, db

admin = Blueprint("admin", __name__)


@admin.post("/analysts/<int:analyst_id>/disable")
@roles_required("admin")
def disable_analyst(analyst_id):
    analyst = db.get_or_404(Analyst, analyst_id)
    # ok: Flask-Security's loaders refuse inactive users
    analyst.active = False
    db.session.commit()
    return jsonify(ok=True)
