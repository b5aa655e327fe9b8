export class UsersService {
  constructor(private readonly users: Repository<User>) {}

  async validate(payload: AccessClaims) {
    const user = await this.users.findOneBy({ id: payload.sub });
    return user;
  }

  async setRoles(userId: string, roles: string[]) {
    const user = await this.users.findOneByOrFail({ id: userId });
    // ok: the strategy reloads the user per request (`findOneBy({ id: payload.sub })`)
    user.roles = roles;
    await this.users.save(user);
  }
}
