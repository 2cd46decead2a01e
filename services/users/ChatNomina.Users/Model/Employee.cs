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

    public void Update(string department, string position, string preferredLanguage, DateTimeOffset now)
    {
        Department = department;
        Position = position;
        PreferredLanguage = preferredLanguage;
        UpdatedAt = now;
    }
}
