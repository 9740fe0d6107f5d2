// The User objects Apps Script returns for owners, editors and the active user.

export class FakeUser {
  constructor(private readonly email: string) {}
  getEmail(): string {
    return this.email;
  }
  getUsername(): string {
    return this.email.split('@')[0];
  }
  toString(): string {
    return this.email;
  }
}
