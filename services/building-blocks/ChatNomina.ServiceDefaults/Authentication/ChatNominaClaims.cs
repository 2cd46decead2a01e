namespace ChatNomina.ServiceDefaults.Authentication;

public static class ChatNominaClaims
{
    public const string Subject = "sub";
    public const string Role = "role";
    public const string Email = "email";
}

public static class ChatNominaRoles
{
    public const string Employee = "employee";
    public const string Hr = "hr";
    public const string Admin = "admin";
}
