namespace ChatNomina.Contracts.Credentials;

/// <summary>
/// The role the users service asks the auth service to give an account (<c>PUT /internal/credentials/{userId}/role</c>
/// on auth, docs/people.md): <c>employee</c>, <c>hr</c> or <c>admin</c>. Setting the role an account already has
/// changes nothing and is still acknowledged.
/// </summary>
public sealed record CredentialRoleChange(string Role);

/// <summary>Auth's answer: the role before and now; <see cref="Changed"/> false when it already was <see cref="Role"/>.</summary>
public sealed record CredentialRoleChanged(Guid UserId, string PreviousRole, string Role, bool Changed);
