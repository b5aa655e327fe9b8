"""Server-side login records of the depot portal."""
from .extensions import db
from .models import LoginRecord


def close_access(member):
    LoginRecord.query.filter_by(member_id=member.id).delete()
    member.remember_token = None
    db.session.commit()
