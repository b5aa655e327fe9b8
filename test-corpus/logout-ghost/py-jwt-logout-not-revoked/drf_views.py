"""Legacy REST endpoints (DRF token authentication)."""
from rest_framework.decorators import api_view
from rest_framework.response import Response


@api_view(["POST"])
def logout(request):
    request.user.auth_token.delete()
    response = Response(status=204)
    # ok: the DRF token row was deleted server-side
    response.delete_cookie("auth_token")
    return response


@api_view(["POST"])
def logout_kiosk(request):
    response = Response(status=204)
    # ok: the CSRF cookie is not a credential
    response.delete_cookie("csrftoken")
    return response
