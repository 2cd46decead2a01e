using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ChatNomina.ServiceDefaults.Authentication;

/// <summary>Where access tokens come from and who they are for (section <c>Identity</c>).</summary>
public sealed class IdentityOptions
{
    public const string SectionName = "Identity";

    /// <summary>The auth service's base URL; discovery and JWKS are read from it.</summary>
    [Required, Url]
    public string Authority { get; set; } = "";

    /// <summary>The issuer the tokens carry (defaults to the authority).</summary>
    public string? Issuer { get; set; }

    /// <summary>The audience of this API (one per API, e.g. <c>chatnomina-payroll</c>).</summary>
    [Required]
    public string Audience { get; set; } = "";

    /// <summary>Only false for local loopback runs; true everywhere else.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>Allowed clock difference between the token issuer and this service.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:30")]
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(30);
}

public static class AuthenticationExtensions
{
    public const string HrPolicy = "hr";

    /// <summary>Admins only: role changes and second-factor resets (docs/people.md).</summary>
    public const string AdminPolicy = "admin";

    /// <summary>
    /// JWT bearer validation of tokens issued by the auth service: issuer, audience, lifetime and
    /// signature are all validated; claims keep their JWT names (<c>sub</c>, <c>role</c>).
    /// The fallback policy requires a signed-in user, so a new endpoint starts closed. A token
    /// revoked at the auth service is refused before it expires (<see cref="RevokedTokens"/>; the
    /// service must also call <c>AddRedis</c>).
    /// </summary>
    public static IHostApplicationBuilder AddDefaultAuthentication(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<IdentityOptions>()
            .BindConfiguration(IdentityOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        builder.Services.AddSingleton<RevokedTokens>();
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<IdentityOptions>>((jwt, identityOptions) =>
            {
                var identity = identityOptions.Value;
                jwt.Authority = identity.Authority;
                jwt.Audience = identity.Audience;
                jwt.RequireHttpsMetadata = identity.RequireHttpsMetadata;
                jwt.MapInboundClaims = false;
                jwt.TokenValidationParameters.ValidateIssuer = true;
                jwt.TokenValidationParameters.ValidIssuer = identity.Issuer ?? identity.Authority.TrimEnd('/') + "/";
                jwt.TokenValidationParameters.ValidateAudience = true;
                jwt.TokenValidationParameters.ValidAudience = identity.Audience;
                jwt.TokenValidationParameters.ValidateLifetime = true;
                jwt.TokenValidationParameters.RequireExpirationTime = true;
                jwt.TokenValidationParameters.ValidateIssuerSigningKey = true;
                jwt.TokenValidationParameters.RequireSignedTokens = true;
                jwt.TokenValidationParameters.ClockSkew = identity.ClockSkew;
                jwt.TokenValidationParameters.NameClaimType = ChatNominaClaims.Subject;
                jwt.TokenValidationParameters.RoleClaimType = ChatNominaClaims.Role;
                jwt.Events ??= new JwtBearerEvents();
                jwt.Events.OnTokenValidated = RevokedTokens.RejectRevokedAsync;
                // A refused token is told it is invalid (RFC 6750 error="invalid_token", so clients
                // refresh), never why: expired, bad signature or wrong audience is logged, not sent.
                jwt.Events.OnChallenge = context =>
                {
                    context.ErrorDescription = null;
                    context.ErrorUri = null;
                    return Task.CompletedTask;
                };
            });

        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder()
                .RequireAuthenticatedUser()
                // Every user id is a GUID: a signed token with another kind of sub is refused
                // here (403) rather than failing later in a handler.
                .RequireAssertion(ctx => ctx.User.TryGetUserId(out _))
                .Build())
            .AddPolicy(HrPolicy, p => p
                .RequireAuthenticatedUser()
                .RequireAssertion(ctx => ctx.User.TryGetUserId(out _))
                .RequireRole(ChatNominaRoles.Hr, ChatNominaRoles.Admin))
            .AddPolicy(AdminPolicy, p => p
                .RequireAuthenticatedUser()
                .RequireAssertion(ctx => ctx.User.TryGetUserId(out _))
                .RequireRole(ChatNominaRoles.Admin));

        return builder;
    }
}
