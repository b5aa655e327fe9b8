"""Shared view decorators for the inventory back office."""
from functools import wraps

from django.contrib.auth.decorators import login_required
from django.views.decorators import csrf
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.csrf import csrf_exempt as no_csrf_check
from django.views.decorators.csrf import csrf_protect as protect_form

from .models import StockCount

# expect: module-level decorator list used with method_decorator(...)
scanner_view_decorators = [csrf_exempt, login_required]


def scanner_endpoint(view_func):
    """Handheld scanners post stock counts without a browser session."""

    @wraps(view_func)
    def wrapper(request, *args, **kwargs):
        return view_func(request, *args, **kwargs)

    # expect: setting the exemption flag by hand
    wrapper.csrf_exempt = True
    return wrapper


def is_exempt(view_func):
    # ok: reading the flag (as a middleware does) is not setting it
    return getattr(view_func, "csrf_exempt", False)


def audit_exemption(view_func):
    # ok: the flag set to False keeps the check
    view_func.csrf_exempt = False
    return view_func


# expect: module attribute form
@csrf.csrf_exempt
def stock_count_upload(request):
    StockCount.objects.create(counted_by=request.user, lines=request.POST.getlist("line"))
    return None


# expect: exemption through an aliased import
@no_csrf_check
@login_required
def stock_adjustment(request):
    return None


# ok: an alias of csrf_protect, not of csrf_exempt
@protect_form
def stock_transfer(request):
    return None
