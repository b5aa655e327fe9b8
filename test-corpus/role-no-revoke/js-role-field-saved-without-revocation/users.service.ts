import { Injectable } from "@nestjs/common";

@Injectable()
export class UsersService {
  constructor(private readonly users: Repository<User>, private readonly tokens: TokenService) {}

  async grantAdmin(userId: string) {
    const user = await this.users.findOneByOrFail({ id: userId });
    // expect: roles changed, saved through the repository
    user.roles.push("admin");
    await this.users.save(user);
  }

  async setAccessLevel(userId: string, level: number) {
    const user = await this.users.findOneByOrFail({ id: userId });
    // expect: access level changed and saved
    user.accessLevel = level;
    await this.users.save(user);
  }

  async revokeAdmin(userId: string) {
    const user = await this.users.findOneByOrFail({ id: userId });
    // ok: refresh tokens revoked after saving
    user.roles = user.roles.filter((r) => r !== "admin");
    await this.users.save(user);
    await this.tokens.revokeAllForUser(userId);
  }

  toDto(user: User): UserDto {
    const dto = new UserDto();
    // ok: a DTO, not persisted
    dto.roles = user.roles;
    return dto;
  }
}
