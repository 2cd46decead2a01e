namespace ChatNomina.Users.Model;

/// <summary>An employee's HR profile. Credentials live in the auth service, pay in payroll.</summary>
public sealed class Employee
{
    public Guid Id { get; private set; }
    public string EmployeeNumber { get; private set; } = "";
    public string Email { get; private set; } = "";
    public string FirstName { get; private set; } = "";
    public string LastName { get; private set; } = "";
    public string Department { get; private set; } = "";
    public string Position { get; private set; } = "";
    public DateOnly HireDate { get; private set; }
    /// <summary>The language the employee prefers for answers: <c>es</c> or <c>en</c>.</summary>
    public string PreferredLanguage { get; private set; } = "es";
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>When HR deactivated the employee (sign-in refused, data kept); null while active.</summary>
    public DateTimeOffset? DeactivatedAt { get; private set; }

    /// <summary>
    /// The version of the credential state this profile asks of the auth service: 0 for profiles whose
    /// credential was written by other means (the seeder), 1 at creation, +1 at each deactivation,
    /// reactivation and new set-password link. Each bump writes an outbox row in the same transaction.
    /// </summary>
    public long CredentialVersion { get; private set; }

    /// <summary>The newest <see cref="CredentialVersion"/> the auth service acknowledged.</summary>
    public long AuthConfirmedVersion { get; private set; }

    /// <summary>SHA-256 (hex) of the newest set-password link's token (never the token), carried in every
    /// credential state so that a later state does not drop a link that is still valid.</summary>
    public string? SetPasswordTokenHash { get; private set; }

    public DateTimeOffset? SetPasswordExpiresAt { get; private set; }

    /// <summary>Lower-cased, unaccented name, e-mail and number for the directory search (a generated column).</summary>
    public string SearchText { get; private set; } = "";

    public EmployeeStatus Status => AuthConfirmedVersion < CredentialVersion
        ? EmployeeStatus.Pending
        : DeactivatedAt is null ? EmployeeStatus.Active : EmployeeStatus.Deactivated;

    private Employee() { }

    public Employee(Guid id, string employeeNumber, string email, string firstName, string lastName,
        string department, string position, DateOnly hireDate, string preferredLanguage, DateTimeOffset now)
    {
        Id = id;
        EmployeeNumber = employeeNumber;
        Email = email.ToLowerInvariant();
        FirstName = firstName;
        LastName = lastName;
        Department = department;
        Position = position;
        HireDate = hireDate;
        PreferredLanguage = preferredLanguage;
        UpdatedAt = now;
    }

    /// <summary>A new hire created by HR: its credential is still to be created by auth (version 1), with this link.</summary>
    public static Employee Hire(Guid id, string employeeNumber, string email, string firstName, string lastName,
        string department, string position, DateOnly hireDate, string preferredLanguage, SetPasswordLink link, DateTimeOffset now)
    {
        var employee = new Employee(id, employeeNumber, email, firstName, lastName, department, position, hireDate, preferredLanguage, now)
        {
            CredentialVersion = 1,
            SetPasswordTokenHash = link.TokenHash,
            SetPasswordExpiresAt = link.ExpiresAt,
        };
        return employee;
    }

    public void Update(string department, string position, string preferredLanguage, DateTimeOffset now)
    {
        Department = department;
        Position = position;
        PreferredLanguage = preferredLanguage;
        UpdatedAt = now;
    }

    /// <summary>Sign-in refused from now on; false when already deactivated (nothing changes).</summary>
    public bool Deactivate(DateTimeOffset now)
    {
        if (DeactivatedAt is not null)
        {
            return false;
        }
        DeactivatedAt = now;
        CredentialVersion++;
        UpdatedAt = now;
        return true;
    }

    /// <summary>Sign-in allowed again with the same password; false when already active (nothing changes).</summary>
    public bool Reactivate(DateTimeOffset now)
    {
        if (DeactivatedAt is null)
        {
            return false;
        }
        DeactivatedAt = null;
        CredentialVersion++;
        UpdatedAt = now;
        return true;
    }

    /// <summary>A new set-password link; every earlier one stops working once auth has this state.</summary>
    public void IssueSetPasswordLink(SetPasswordLink link, DateTimeOffset now)
    {
        SetPasswordTokenHash = link.TokenHash;
        SetPasswordExpiresAt = link.ExpiresAt;
        CredentialVersion++;
        UpdatedAt = now;
    }
}

/// <summary>What HR sees of the employee's account: <c>pending</c> while auth has not confirmed the newest credential state.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<EmployeeStatus>))]
public enum EmployeeStatus
{
    [System.Text.Json.Serialization.JsonStringEnumMemberName("active")]
    Active,

    [System.Text.Json.Serialization.JsonStringEnumMemberName("deactivated")]
    Deactivated,

    [System.Text.Json.Serialization.JsonStringEnumMemberName("pending")]
    Pending,
}

/// <summary>A set-password link as issued: the token goes to HR once, only its hash is kept.</summary>
public sealed record SetPasswordLink(string Token, string TokenHash, DateTimeOffset ExpiresAt)
{
    public static SetPasswordLink Create(DateTimeOffset now, TimeSpan lifetime)
    {
        var token = Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlEncode(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        return new SetPasswordLink(token, Hash(token), now + lifetime);
    }

    /// <summary>SHA-256 of the token's UTF-8 bytes, lower-case hex: what auth stores and looks up.</summary>
    public static string Hash(string token) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token)));
}
