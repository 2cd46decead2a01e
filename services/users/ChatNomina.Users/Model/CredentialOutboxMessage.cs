namespace ChatNomina.Users.Model;

/// <summary>
/// A credential state the auth service must receive (<c>users.credential_outbox</c>): written in the same
/// transaction as the profile change that decided it, delivered at once by the request and otherwise by
/// <c>CredentialOutboxDispatcher</c>, until auth acknowledges it. The payload is the whole
/// <see cref="Contracts.Credentials.CredentialState"/> at <see cref="Version"/>, so only the newest
/// undelivered row of an employee needs delivering (older ones are marked delivered with it).
/// </summary>
public sealed class CredentialOutboxMessage
{
    public long Id { get; private set; }
    public Guid EmployeeId { get; private set; }
    public long Version { get; private set; }

    /// <summary>The change that wrote it (the same vocabulary as the audit).</summary>
    public EmployeeChangeAction Kind { get; private set; }

    /// <summary>The <see cref="Contracts.Credentials.CredentialState"/> as JSON.</summary>
    public string Payload { get; private set; } = "{}";

    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? DeliveredAt { get; private set; }
    public int Attempts { get; private set; }
    public DateTimeOffset NextAttemptAt { get; private set; }
    public string? LastError { get; private set; }

    private CredentialOutboxMessage() { }

    public CredentialOutboxMessage(Guid employeeId, long version, EmployeeChangeAction kind, string payload, DateTimeOffset now)
    {
        EmployeeId = employeeId;
        Version = version;
        Kind = kind;
        Payload = payload;
        CreatedAt = now;
        NextAttemptAt = now;
    }
}
