"""Supplier portal API on DRF session authentication (no JWT in this project)."""
from rest_framework.decorators import api_view
from rest_framework.response import Response


@api_view(["POST"])
# ok: no SimpleJWT in this project
def logout(request):
    return Response(status=204)
