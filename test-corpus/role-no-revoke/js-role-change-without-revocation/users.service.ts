import { Injectable } from "@nestjs/common";
import { prisma } from "../prisma";
import { revokeUserSessions } from "./sessions";

@Injectable()
export class UsersService {
  constructor(private readonly userRepository: Repository<User>) {}

  async changeRole(id: string, role: Role) {
    // expect: Prisma role change without revocation
    return prisma.user.update({ where: { id }, data: { role } });
  }

  async setScopes(id: string, scopes: string[]) {
    // expect: TypeORM repository update of the scopes
    await this.userRepository.update(id, { scopes });
  }

  async demote(id: string) {
    // ok: token version bumped in the same update
    return prisma.user.update({ where: { id }, data: { role: "VIEWER", tokenVersion: { increment: 1 } } });
  }

  async ban(id: string) {
    // ok: another file deletes the sessions
    await prisma.user.update({ where: { id }, data: { banned: true } });
    await revokeUserSessions(id);
  }

  async createAccount(email: string) {
    // ok: creation, not a change
    return prisma.user.upsert({ where: { email }, update: { role: "MEMBER" }, create: { email, role: "MEMBER" } });
  }

  async changeTeamRole(teamId: string, userUid: string, role: TeamRole) {
    // ok: a team membership, re-read from the database on each request
    return prisma.teamMember.update({ where: { teamId_userUid: { teamId, userUid } }, data: { role } });
  }

  async makeAdmin(uid: string) {
    // ok: a grant; older tokens carry fewer rights, nothing to take back
    return prisma.user.update({ where: { uid }, data: { isAdmin: true } });
  }

  async removeAdmin(uid: string) {
    // expect: admin flag taken away, tokens issued as admin stay valid
    return prisma.user.update({ where: { uid }, data: { isAdmin: false } });
  }

  async renameRole(id: string, name: string) {
    // ok: a role record, not a user
    await prisma.role.update({ where: { id }, data: { permissions: [] } });
  }
}
