// Expense service (NestJS) bootstrap.
import { NestFactory } from "@nestjs/core";
import session from "express-session";
import { AppModule } from "./app.module";

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  // expect: NestJS app with cookie sessions and no CSRF middleware
  app.use(
    session({
      secret: process.env.SESSION_SECRET as string,
      resave: false,
      saveUninitialized: false,
      cookie: { secure: true, httpOnly: true },
    }),
  );
  await app.listen(3000);
}

void bootstrap();
