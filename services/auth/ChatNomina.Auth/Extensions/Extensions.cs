using ChatNomina.Auth.Credentials;
using ChatNomina.Auth.Infrastructure;
using ChatNomina.Auth.Keys;
using ChatNomina.Auth.Maintenance;
using ChatNomina.Auth.Model;
using ChatNomina.Auth.OAuth;
using ChatNomina.Auth.SignIn;
using ChatNomina.ServiceDefaults.Authentication;
using ChatNomina.ServiceDefaults.DataProtection;
using ChatNomina.ServiceDefaults.Database;
using ChatNomina.ServiceDefaults.Redis;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ChatNomina.Auth.Extensions;

internal static class Extensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AuthOptions>()
            .BindConfiguration(AuthOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<AuthOptions>, AuthKeysValidation>();
        builder.Services.AddOptions<SignInThrottleOptions>()
            .BindConfiguration(SignInThrottleOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddOptions<BffClientOptions>()
            .BindConfiguration(BffClientOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        builder.Services.AddOptions<ProvisioningOptions>()
            .BindConfiguration(ProvisioningOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        builder.AddPostgresDbContext<AuthDbContext>("authdb");
        // Revocations are published to the APIs through Redis (OAuth/RevocationPublisher.cs);
        // without Redis, tokens are still issued and revoked, so it is not needed for readiness.
        builder.AddRedis(requiredForReadiness: false);
        builder.Services.AddSingleton<RevokedTokens>();

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<IPasswordHasher<Credential>, PasswordHasher<Credential>>();
        builder.Services.AddSingleton<AuthMetrics>();
        builder.Services.AddScoped<PasswordSignIn>();
        builder.Services.AddScoped<SignInsEnder>();
        builder.Services.AddScoped<OneTimeCodes>();
        builder.Services.AddSingleton<PendingSecondFactor>();
        builder.Services.AddSingleton<PendingEnrolment>();
        builder.Services.AddSingleton<SignInThrottle>();
        builder.Services.AddSingleton(sp => AuthKeys.Create(sp.GetRequiredService<IOptions<AuthOptions>>(), sp.GetRequiredService<IHostEnvironment>()));
        builder.Services.AddHostedService<TokenPruning>();
        builder.Services.AddAuthorization();

        // The browser sign-in (docs/auth.md "Browser sign-in"): the page's antiforgery cookie and the
        // 5-minute bridge cookie to the authorization endpoint are protected with data-protection keys
        // kept in auth's database, so a form served by one replica is accepted by another; they also protect
        // the TOTP secrets, so they are encrypted there with the configured certificate (DataProtection:CertificatePath).
        builder.Services.AddDataProtection()
            .SetApplicationName("chatnomina-auth")
            .PersistKeysToDbContext<AuthDbContext>()
            .ProtectKeysWithConfiguredCertificate(builder.Configuration);
        builder.Services.AddAuthentication().AddCookie(SignInBridge.Scheme, SignInBridge.Configure);
        builder.Services.AddAntiforgery(o =>
        {
            // Secure whenever the browser is on HTTPS (behind the gateway: its X-Forwarded-Proto); not
            // __Host-, since local runs are plain http://localhost and the antiforgery cookie follows the request.
            o.Cookie.Name = "chatnomina-antiforgery";
            o.Cookie.Path = "/account";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.HttpOnly = true;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            // The page sends X-Frame-Options: DENY itself (antiforgery would say SAMEORIGIN).
            o.SuppressXFrameOptionsHeader = true;
        });

        // The gateway forwards /connect/*, /account/* and /.well-known/* with X-Forwarded-For/Host/Proto; only
        // the configured gateway networks are believed (Auth:TrustedProxyNetworks; loopback when
        // none is set), so the sign-in throttle sees the real client address. The discovery document
        // shows the issuer's URLs to everything that came through the gateway (never the host it
        // forwarded: OAuth/IssuerPinnedUris.cs) and auth's own URLs to the services that read it
        // directly by one of its AllowedHosts names.
        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<AuthOptions>>((o, auth) =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            ServiceDefaults.Http.TrustedProxies.Apply(o, auth.Value.TrustedProxyNetworks, "Auth:TrustedProxyNetworks");
        });

        var auth = builder.Configuration.GetSection(AuthOptions.SectionName).Get<AuthOptions>() ?? new AuthOptions();

        builder.Services.AddOpenIddict()
            .AddCore(o => o.UseEntityFrameworkCore()
                .UseDbContext<AuthDbContext>()
                .ReplaceDefaultEntities<Guid>())
            .AddServer(o =>
            {
                o.SetIssuer(new Uri(auth.Issuer, UriKind.Absolute));
                o.SetAuthorizationEndpointUris("connect/authorize")
                    .SetTokenEndpointUris("connect/token")
                    .SetRevocationEndpointUris("connect/revoke")
                    .SetConfigurationEndpointUris(".well-known/openid-configuration")
                    .SetJsonWebKeySetEndpointUris(".well-known/jwks");

                o.AllowPasswordFlow().AllowRefreshTokenFlow();

                // The browser sign-in of the gateway's client (chatnomina-bff): code flow, PKCE required
                // of every code request and only with S256 (a plain challenge would be the verifier itself).
                o.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
                o.Configure(options =>
                {
                    options.CodeChallengeMethods.Clear();
                    options.CodeChallengeMethods.Add(CodeChallengeMethods.Sha256);
                });
                o.RegisterScopes(Scopes.OpenId, Scopes.Email, Scopes.Roles, Scopes.OfflineAccess, ChatNominaClients.ApiScope);

                o.SetAccessTokenLifetime(auth.AccessTokenLifetime)
                    .SetRefreshTokenLifetime(auth.RefreshTokenLifetime)
                    .SetRefreshTokenReuseLeeway(auth.RefreshTokenReuseLeeway);

                // Signed, not encrypted: the gateway and every service validate access tokens
                // with the JWKS alone. Refresh tokens stay encrypted (only auth reads them).
                o.DisableAccessTokenEncryption();

                o.AddEventHandler(InvalidClientStatus<OpenIddictServerEvents.ApplyTokenResponseContext>.Descriptor)
                    .AddEventHandler(InvalidClientStatus<OpenIddictServerEvents.ApplyRevocationResponseContext>.Descriptor)
                    .AddEventHandler(RevocationPublisher.Descriptor)
                    .AddEventHandler(ReusePublisher.Descriptor)
                    .AddEventHandler(IssuerPinnedUris.Descriptor);

                var aspNetCore = o.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough();
                if (!auth.RequireHttps)
                {
                    aspNetCore.DisableTransportSecurityRequirement();
                }
            });

        // The keys are read when OpenIddict's options are first built (not at registration), so
        // `migrate` runs without them; ValidateOnStart above refuses to serve without them.
        builder.Services.AddOptions<OpenIddictServerOptions>()
            .Configure<AuthKeys>((o, keys) =>
            {
                o.SigningCredentials.Add(new SigningCredentials(keys.Signing, SecurityAlgorithms.RsaSha256));
                o.EncryptionCredentials.Add(new EncryptingCredentials(
                    keys.Encryption, SecurityAlgorithms.RsaOAEP, SecurityAlgorithms.Aes256CbcHmacSha512));
            });

        return builder;
    }
}
