using System.Security.Claims;

namespace ChatNomina.ServiceDefaults.Authentication;

public static class ClaimsPrincipalExtensions
{
    /// <summary>
    /// The signed-in user's id from the token's <c>sub</c> claim. The fallback policy guarantees
    /// the claim on every authorized endpoint; a missing or malformed one is a server bug.
    /// </summary>
    public static Guid GetUserId(this ClaimsPrincipal user) =>
        user.TryGetUserId(out var id)
            ? id
            : throw new InvalidOperationException("The authenticated principal has no valid 'sub' claim.");

    public static bool TryGetUserId(this ClaimsPrincipal user, out Guid id) =>
        Guid.TryParse(user.FindFirstValue(ChatNominaClaims.Subject), out id);
}
