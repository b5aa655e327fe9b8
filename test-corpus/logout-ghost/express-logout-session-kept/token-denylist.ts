import { createClient } from "redis";

const redis = createClient({ url: process.env.REDIS_URL });

export class TokenDenylist {}

export async function retireRefreshToken(token: string): Promise<void> {
  const { jti, exp } = decodeRefresh(token);
  await redis.set(`denied:${jti}`, "1", { EXAT: exp });
}
