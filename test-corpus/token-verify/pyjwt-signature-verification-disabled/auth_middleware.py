"""Authentication of the payroll API: bearer JWTs issued by the company IdP."""
import jwt
from django.conf import settings
from django.contrib.auth import get_user_model
from django.http import JsonResponse

UNVERIFIED = {"verify_signature": False, "verify_exp": False}

jwks_client = jwt.PyJWKClient(settings.IDP_JWKS_URL)


class BearerTokenMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        header = request.headers.get("Authorization", "")
        if header.startswith("Bearer "):
            token = header[len("Bearer "):]
            # expect: claims read without a signature check decide who the user is
            claims = jwt.decode(token, options={"verify_signature": False})
            request.user = get_user_model().objects.get(username=claims["preferred_username"])
        return self.get_response(request)


def employee_from_token(token):
    # expect: through a same-file constant
    claims = jwt.decode(token, algorithms=["RS256"], options=UNVERIFIED)
    return get_user_model().objects.get(pk=claims["sub"])


def tenant_user(token):
    # ok: peek at the issuer to pick the tenant's key, then verify the same token
    unverified = jwt.decode(token, options={"verify_signature": False})
    tenant = settings.TENANTS[unverified["iss"]]
    try:
        claims = jwt.decode(token, tenant.public_key, algorithms=["RS256"], audience="payroll")
    except jwt.InvalidTokenError:
        return None
    return get_user_model().objects.get(username=claims["sub"])


def signing_key_for(token):
    # ok: reading the header to choose the key is what it is for
    header = jwt.get_unverified_header(token)
    return jwks_client.get_signing_key(header["kid"]).key


def verified_claims(token):
    # ok: verified with the IdP key
    return jwt.decode(token, signing_key_for(token), algorithms=["RS256"], audience="payroll")


def legacy_claims(token):
    # expect: PyJWT 1.x switch
    return jwt.decode(token, verify=False)


def api_error(message):
    return JsonResponse({"error": message}, status=401)


def is_idp_token(token):
    """Route a bearer token to the IdP verifier or to the legacy API-key check."""
    try:
        # ok: a predicate that only routes the token; both routes verify it
        claims = jwt.decode(token, options={"verify_signature": False})
    except jwt.DecodeError:
        return False
    return claims.get("iss") == settings.IDP_ISSUER


def token_expiry(token):
    # ok: the client only schedules its own refresh from exp
    return jwt.decode(token, options={"verify_signature": False})["exp"]


def is_valid_session_token(token):
    # expect: a predicate that makes the access decision from unverified claims
    claims = jwt.decode(token, options={"verify_signature": False})
    return claims.get("scope") == "payroll:read"
