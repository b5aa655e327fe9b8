// Expense service (NestJS): bootstrap with server-side sessions.
import { NestFactory } from "@nestjs/core";
import session from "express-session";
import cookieSession from "cookie-session";
import { AppModule } from "./app.module";

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  app.use(
    // expect: express-session without secure
    session({
      secret: process.env.SESSION_SECRET as string,
      resave: false,
      saveUninitialized: false,
    }),
  );
  app.use(
    // ok: cookie-session defaults secure to the connection's security
    cookieSession({ name: "prefs", keys: [process.env.PREFS_KEY as string] }),
  );
  await app.listen(3000);
}

async function bootstrapSecure() {
  const app = await NestFactory.create(AppModule);
  const isProd = process.env.NODE_ENV === "production";
  app.use(
    // ok: secure decided by the environment
    session({
      secret: process.env.SESSION_SECRET as string,
      resave: false,
      saveUninitialized: false,
      cookie: { secure: isProd, sameSite: "lax" },
    }),
  );
  await app.listen(3000);
}

// expect: typed options object without secure
const sessionOptions: session.SessionOptions = {
  secret: process.env.SESSION_SECRET as string,
  saveUninitialized: false,
  resave: false,
};

export function install(app: { use(mw: unknown): void }) {
  app.use(session(sessionOptions));
}

void bootstrap();
void bootstrapSecure();
