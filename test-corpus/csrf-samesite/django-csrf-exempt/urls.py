from django.contrib.auth.decorators import login_required
from django.urls import path
from django.views.decorators.csrf import csrf_exempt, csrf_protect

from . import views
from .webhooks import BankStatementWebhook, SlackCommandView
from .api import OrderListAPIView

urlpatterns = [
    path("leave/<int:pk>/cancel/", views.cancel_leave_request, name="leave-cancel"),
    # ok: wrapping with login_required does not touch CSRF
    path("timesheets/", login_required(views.timesheet_editor), name="timesheets"),
    # ok: explicit protection
    path("bank-details/", csrf_protect(views.BankDetailsView.as_view()), name="bank-details"),
    # expect: exemption applied in the URLconf
    path("hooks/bank-statements/", csrf_exempt(BankStatementWebhook.as_view()), name="bank-hook"),
    path(
        "hooks/slack/",
        # expect: exemption applied in the URLconf, split over lines
        csrf_exempt(SlackCommandView.as_view()),
        name="slack-command",
    ),
    # todo-ok: DRF APIView wrapped in csrf_exempt is a no-op, but the URLconf does not say the class is an APIView
    path("api/orders/", csrf_exempt(OrderListAPIView.as_view()), name="orders"),
]
