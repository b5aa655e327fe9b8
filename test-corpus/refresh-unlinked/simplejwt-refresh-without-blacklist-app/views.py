from rest_framework.decorators import api_view
from rest_framework.response import Response
from rest_framework_simplejwt.serializers import TokenRefreshSerializer
from rest_framework_simplejwt.views import TokenRefreshView

from .throttles import RefreshThrottle


# expect: a subclass of the refresh view, same missing blacklist
class BuyerTokenRefreshView(TokenRefreshView):
    throttle_classes = [RefreshThrottle]


@api_view(["POST"])
def kiosk_refresh(request):
    # expect: the serializer behind TokenRefreshView, used by hand
    serializer = TokenRefreshSerializer(data={"refresh": request.COOKIES.get("kiosk_refresh", "")})
    serializer.is_valid(raise_exception=True)
    return Response(serializer.validated_data)
