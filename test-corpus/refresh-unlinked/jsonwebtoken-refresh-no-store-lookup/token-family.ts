import { prisma } from "./prisma";

export async function assertTokenNotReused(payload: RefreshClaims): Promise<void> {
  const row = await prisma.refreshToken.findUnique({ where: { jti: payload.jti } });
  if (!row || row.usedAt) {
    await prisma.refreshToken.updateMany({ where: { family: payload.fam }, data: { usedAt: new Date() } });
    throw new Error("refresh token reuse");
  }
}
