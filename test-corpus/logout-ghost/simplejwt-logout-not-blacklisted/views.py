"""Inventory API: authentication views."""
from rest_framework import status
from rest_framework.decorators import api_view, permission_classes
from rest_framework.permissions import IsAdminUser, IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView
from rest_framework_simplejwt.exceptions import TokenError
from rest_framework_simplejwt.tokens import RefreshToken

from .models import SignOutEvent
from .tokens import end_all_sessions


class LogoutView(APIView):
    permission_classes = [IsAuthenticated]

    # expect: the refresh token in the request body stays valid
    def post(self, request):
        SignOutEvent.objects.create(user=request.user)
        return Response(status=status.HTTP_205_RESET_CONTENT)


@api_view(["POST"])
@permission_classes([IsAuthenticated])
# expect: function view, same flaw
def logout(request):
    return Response({"detail": "Signed out."})


class SignOutView(APIView):
    permission_classes = [IsAuthenticated]

    # ok: the presented refresh token is blacklisted
    def post(self, request):
        try:
            RefreshToken(request.data["refresh"]).blacklist()
        except (KeyError, TokenError):
            return Response(status=status.HTTP_400_BAD_REQUEST)
        return Response(status=status.HTTP_205_RESET_CONTENT)


def _close_refresh(request):
    token = RefreshToken(request.data.get("refresh", ""))
    token.blacklist()


@api_view(["POST"])
# ok: the helper in this file blacklists the refresh token
def logout_device(request):
    _close_refresh(request)
    return Response(status=status.HTTP_205_RESET_CONTENT)


@api_view(["POST"])
@permission_classes([IsAuthenticated])
# ok: end_all_sessions() in tokens.py blacklists every outstanding token of the user
def logout_everywhere(request):
    end_all_sessions(request.user)
    return Response(status=status.HTTP_205_RESET_CONTENT)


@api_view(["GET"])
@permission_classes([IsAdminUser])
# ok: an admin report, not a logout view
def logout_all_devices_report(request):
    events = SignOutEvent.objects.order_by("-created")[:100]
    return Response([{"user": e.user_id, "at": e.created.isoformat()} for e in events])


@api_view(["POST"])
# ok: deletes the refresh cookie: logout-ghost/py-jwt-logout-not-revoked judges that one
def cookie_logout(request):
    response = Response(status=status.HTTP_204_NO_CONTENT)
    response.delete_cookie("refresh_token")
    return response
