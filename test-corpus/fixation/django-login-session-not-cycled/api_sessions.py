"""Mobile companion API (FastAPI): its SessionMiddleware session is a signed cookie."""
from fastapi import APIRouter, Request
from starlette.responses import JSONResponse

from .security import verify_credentials

router = APIRouter()


@router.post("/api/login")
async def api_login(request: Request):
    body = await request.json()
    employee = verify_credentials(body["email"], body["password"])
    if employee is None:
        return JSONResponse({"detail": "invalid"}, status_code=401)
    # ok: Starlette sessions live in a signed cookie: there is no server-side key to fix
    request.session["employee_id"] = employee.id
    return {"ok": True}
