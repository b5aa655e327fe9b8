// Expense approvals: token helpers.
import { verify, JwtPayload } from "jsonwebtoken";
import * as simple from "jwt-simple";

export class ApprovalTokens {
  readExpenseToken(token: string): JwtPayload {
    // expect: empty key
    return verify(token, "") as JwtPayload;
  }

  readReceiptToken(token: string): unknown {
    // expect: namespace import of jwt-simple, noVerify
    return simple.decode(token, process.env.RECEIPT_SECRET as string, true);
  }

  readApprovalToken(token: string): JwtPayload {
    // ok: key from the environment, pinned algorithm
    return verify(token, process.env.APPROVAL_SECRET as string, { algorithms: ["HS256"] }) as JwtPayload;
  }

  readArchiveToken(token: string): unknown {
    // ok: jwt-simple with verification (third argument omitted)
    return simple.decode(token, process.env.ARCHIVE_SECRET as string);
  }
}
