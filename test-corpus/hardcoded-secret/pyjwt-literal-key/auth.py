"""Token helpers of the timesheet API (FastAPI)."""
from datetime import datetime, timedelta, timezone

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import OAuth2PasswordBearer

# expect: module constant passed to jwt.encode / jwt.decode below
TIMESHEET_SIGNING_KEY = "b71f0c5e2a9d48c6a3e07d1f95b2c4e8d6a0f3b9c1e7d2a4f8b6c0e3d9a5f1b7"
ALGORITHM = "HS256"
ACCESS_TOKEN_EXPIRE_MINUTES = 30

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="token")


def issue_timesheet_token(employee_id: int, approver: bool = False) -> str:
    claims = {
        "sub": str(employee_id),
        "approver": approver,
        "exp": datetime.now(timezone.utc) + timedelta(minutes=ACCESS_TOKEN_EXPIRE_MINUTES),
    }
    # the finding for this call points at TIMESHEET_SIGNING_KEY above
    return jwt.encode(claims, TIMESHEET_SIGNING_KEY, algorithm=ALGORITHM)


async def get_current_employee(token: str = Depends(oauth2_scheme)):
    try:
        payload = jwt.decode(token, TIMESHEET_SIGNING_KEY, algorithms=[ALGORITHM])
    except jwt.InvalidTokenError:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED)
    return payload["sub"]


def export_link_token(report_id: int) -> str:
    # expect: inline literal key
    return jwt.encode({"report": report_id}, "timesheet-export-links", algorithm="HS256")


def supplier_token(supplier_id: int) -> str:
    return jwt.encode(
        {"sub": str(supplier_id)},
        # expect: keyword key with an environment fallback
        key=os.getenv("SUPPLIER_JWT_SECRET", "suppliers-dev"),
        algorithm="HS256",
    )
