namespace ChatNomina.Auth.Extensions;

/// <summary>
/// The APIs an access token is meant for. Every access token carries all of them (the user's
/// token is forwarded gateway → chat → payroll/users); each API validates its own.
/// </summary>
public static class ChatNominaAudiences
{
    public const string Gateway = "chatnomina-gateway";
    public const string Users = "chatnomina-users";
    public const string Payroll = "chatnomina-payroll";
    public const string Chat = "chatnomina-chat";

    public static readonly string[] All = [Gateway, Users, Payroll, Chat];
}

/// <summary>The first-party clients and the API scope registered by <c>migrate</c>.</summary>
public static class ChatNominaClients
{
    public const string Web = "chatnomina-web";
    public const string Cli = "chatnomina-cli";

    /// <summary>The gateway's backend-for-frontend: confidential, authorization code + PKCE (the browser sign-in).</summary>
    public const string Bff = "chatnomina-bff";

    /// <summary>The scope whose resources (<see cref="ChatNominaAudiences.All"/>) become the token audiences.</summary>
    public const string ApiScope = "chatnomina-api";
}
