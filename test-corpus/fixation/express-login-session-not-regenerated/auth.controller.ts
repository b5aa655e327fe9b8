import { Body, Controller, Post, Req, Get } from "@nestjs/common";
import type { Request } from "express";
import * as argon2 from "argon2";
import { rotateStaffSession } from "./session.util";

@Controller("auth")
export class AuthController {
  constructor(private readonly staff: StaffService) {}

  @Post("login")
  async login(@Req() req: Request, @Body() body: LoginDto) {
    const member = await this.staff.validate(body.email, body.password);
    // expect: Nest controller writes the user into the existing session
    req.session.staffId = member.id;
    // expect: and the role too
    req.session.isAdmin = member.role === "admin";
    return { ok: true };
  }

  @Post("mfa/verify")
  async verifyOtp(@Req() req: Request, @Body() body: OtpDto) {
    await this.staff.checkOtp(req.session.pendingStaffId, body.code);
    await rotateStaffSession(req);
    // ok: regenerated through another file's helper before elevating
    req.session.staffId = body.staffId;
    return { ok: true };
  }

  @Get("login-attempts")
  async loginAttempts(@Req() req: Request) {
    // ok: a report, not a login
    req.session.lastReportUserId = req.query.staff as string;
    return this.staff.attempts();
  }

  async reauthenticate(@Req() req: Request, @Body() body: LoginDto) {
    const member = await this.staff.findByEmail(body.email);
    if (await argon2.verify(member.passwordHash, body.password)) {
      // expect: password check branch writes the identity
      req.session.staffId = member.id;
    }
  }
}

export async function fastifyLogin(request: FastifyRequest, reply: FastifyReply) {
  const member = await staffService.validate(request.body.email, request.body.password);
  // expect: @fastify/session write without regenerate
  request.session.set("user", { id: member.id, role: member.role });
  return reply.send({ ok: true });
}

export async function fastifySignin(request: FastifyRequest, reply: FastifyReply) {
  const member = await staffService.validate(request.body.email, request.body.password);
  await request.session.regenerate();
  // ok: regenerated first
  request.session.set("user", { id: member.id, role: member.role });
  return reply.send({ ok: true });
}
