import csv
import io

from django.contrib.sessions.models import Session


def build_logout_report():
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["session", "expires"])
    for row in Session.objects.order_by("-expire_date")[:500]:
        writer.writerow([row.session_key[:6] + "…", row.expire_date.isoformat()])
    return buffer.getvalue()
