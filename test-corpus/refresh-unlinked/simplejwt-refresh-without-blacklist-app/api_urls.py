from django.urls import path
from rest_framework_simplejwt import views as jwt_views

urlpatterns = [
    # expect: module-qualified refresh view, same missing blacklist app
    path("api/v2/token/refresh/", jwt_views.TokenRefreshView.as_view(), name="token_refresh_v2"),
]
