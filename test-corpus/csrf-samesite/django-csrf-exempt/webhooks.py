"""Machine-to-machine endpoints of the inventory service: no browser session involved."""
import hashlib
import hmac
import json

from django.conf import settings
from django.http import HttpResponse, HttpResponseForbidden, JsonResponse
from django.views import View
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .models import Supplier, StockItem


# ok: a webhook that authenticates every call with an HMAC signature and never uses the session
@csrf_exempt
@require_POST
def supplier_delivery_webhook(request):
    expected = hmac.new(settings.SUPPLIER_WEBHOOK_KEY.encode(), request.body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, request.headers.get("X-Signature", "")):
        return HttpResponseForbidden()
    StockItem.receive(json.loads(request.body))
    return HttpResponse(status=204)


# ok: handheld scanners authenticate with an API key header, not with a cookie
@csrf_exempt
def scanner_count(request, sku):
    supplier = Supplier.objects.filter(api_key=request.headers.get("X-Api-Key")).first()
    if supplier is None:
        return HttpResponseForbidden()
    StockItem.objects.filter(sku=sku).update(quantity=int(request.POST["quantity"]))
    return JsonResponse({"ok": True})


# expect: a class-based view exempted as a whole that reads the logged-in user
@csrf_exempt
class StockTransferView(View):
    def post(self, request):
        StockItem.transfer(request.POST["sku"], to=request.POST["to"], by=self.request.user)
        return HttpResponse(status=204)
