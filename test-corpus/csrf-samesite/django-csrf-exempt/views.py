"""Views of the HR self-service app: leave requests, timesheets, payroll runs."""
import json

from django.contrib.auth.decorators import login_required
from django.http import HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators.cache import never_cache
# ok: importing the decorator is not using it
from django.views.decorators.csrf import csrf_exempt, csrf_protect, ensure_csrf_cookie
from django.views.decorators.http import require_POST
from rest_framework import viewsets
from rest_framework.decorators import api_view
from rest_framework.response import Response
from rest_framework.views import APIView

from .models import LeaveRequest, Timesheet, PayrollRun
from .serializers import LeaveRequestSerializer
from .signatures import verify_bank_signature


# expect: function view exempted from CSRF
@csrf_exempt
@login_required
@require_POST
def approve_leave_request(request, pk):
    leave = get_object_or_404(LeaveRequest, pk=pk, approver=request.user)
    leave.approve(by=request.user)
    return redirect("leave-inbox")


# ok: explicit protection
@csrf_protect
@login_required
def cancel_leave_request(request, pk):
    leave = get_object_or_404(LeaveRequest, pk=pk, employee=request.user)
    if request.method == "POST":
        leave.cancel()
        return redirect("my-leave")
    return render(request, "leave/confirm_cancel.html", {"leave": leave})


# ok: sets the CSRF cookie for the single-page timesheet editor, does not exempt
@ensure_csrf_cookie
@login_required
def timesheet_editor(request):
    return render(request, "timesheets/editor.html")


# Bank statement callbacks used to be @csrf_exempt; they now go through the DRF view below.
# ok: a plain POST view, still protected by the middleware
@require_POST
@login_required
def submit_timesheet(request):
    sheet = Timesheet.objects.create(employee=request.user, entries=json.loads(request.body))
    return JsonResponse({"id": sheet.pk})


# ok: DRF view: api_view already exempts it from the middleware and SessionAuthentication enforces CSRF
@csrf_exempt
@api_view(["POST"])
def leave_balance_recalculate(request):
    request.user.employee.recalculate_leave_balance()
    return Response({"status": "ok"})


# ok: DRF function view without any exemption
@api_view(["GET"])
def leave_requests_feed(request):
    items = LeaveRequest.objects.filter(employee=request.user)
    return Response(LeaveRequestSerializer(items, many=True).data)


# expect: class-based view exempted through dispatch
@method_decorator(csrf_exempt, name="dispatch")
class TimesheetImportView(View):
    def post(self, request):
        Timesheet.import_csv(request.user, request.FILES["file"])
        return redirect("timesheets")


class PayrollRunView(View):
    # expect: exemption applied to dispatch in a decorator list
    @method_decorator([never_cache, csrf_exempt])
    def dispatch(self, request, *args, **kwargs):
        return super().dispatch(request, *args, **kwargs)

    def post(self, request, run_id):
        PayrollRun.objects.get(pk=run_id).start(by=request.user)
        return redirect("payroll-runs")


# ok: DRF APIView, the exemption changes nothing
@method_decorator(csrf_exempt, name="dispatch")
class ExpenseClaimAPIView(APIView):
    def post(self, request):
        claim = request.user.expense_claims.create(**request.data)
        return Response({"id": claim.pk}, status=201)


class LeaveRequestViewSet(viewsets.ModelViewSet):
    serializer_class = LeaveRequestSerializer

    # ok: viewset dispatch, DRF already handles CSRF
    @method_decorator(csrf_exempt)
    def dispatch(self, request, *args, **kwargs):
        return super().dispatch(request, *args, **kwargs)


# ok: protection kept for the whole class
@method_decorator(csrf_protect, name="dispatch")
class BankDetailsView(View):
    def post(self, request):
        request.user.employee.update_iban(request.POST["iban"])
        return redirect("profile")


def csrf_exempt_paths():
    """Paths the reverse proxy lets through without a session (health checks)."""
    # ok: a helper whose name only starts with csrf_exempt
    return ["/healthz", "/readyz"]
