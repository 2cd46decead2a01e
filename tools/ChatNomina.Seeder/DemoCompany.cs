using System.Security.Cryptography;
using System.Text;

namespace ChatNomina.Seeder;

public sealed record DemoEmployee(
    Guid Id,
    string EmployeeNumber,
    string Email,
    string FirstName,
    string LastName,
    string Department,
    string Position,
    DateOnly HireDate,
    string PreferredLanguage,
    string Role,
    decimal AnnualGross2024,
    PayslipExtras Extras);

/// <summary>Optional items some employees have on their payslips.</summary>
public sealed record PayslipExtras(decimal PensionRate, decimal HealthInsurance, bool UnionMember, bool SalesBonus, bool ProratedExtraPay);

/// <summary>
/// The demo company: a few hundred employees (or 10,000 with --scale) generated
/// deterministically from a seed, plus the four documented accounts with fixed ids (at least those four).
/// </summary>
public static class DemoCompany
{
    public const string AnaEmail = "ana.garcia@chatnomina.local";
    public const string JohnEmail = "john.smith@chatnomina.local";
    public const string HrEmail = "rrhh@chatnomina.local";
    public const string AdminEmail = "admin@chatnomina.local";

    /// <summary>The first generated employee's index (E00004): the numbers are the same as before the admin existed.</summary>
    private const int FixedGeneratedFrom = 3;

    /// <summary>
    /// A stable id for an e-mail address (a name-based UUID, SHA-256 of a fixed namespace and the
    /// address), so the auth service can attach credentials to the same ids on any machine.
    /// </summary>
    public static Guid StableId(string email)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("chatnomina-demo:" + email.ToLowerInvariant()));
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x50); // version 5 style (name-based)
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(bytes);
    }

    private static readonly (string Department, (string Position, decimal MinGross, decimal MaxGross)[] Positions)[] Structure =
    [
        ("Ingeniería", [("Desarrolladora de software", 30_000m, 42_000m), ("Ingeniero de software sénior", 42_000m, 58_000m), ("Responsable de ingeniería", 58_000m, 80_000m), ("Ingeniera de datos", 38_000m, 55_000m)]),
        ("Ventas", [("Comercial", 24_000m, 32_000m), ("Account Executive", 32_000m, 45_000m), ("Director de ventas", 60_000m, 90_000m)]),
        ("Marketing", [("Técnica de marketing", 26_000m, 34_000m), ("Responsable de marketing digital", 38_000m, 52_000m)]),
        ("Finanzas", [("Contable", 25_000m, 33_000m), ("Analista financiero", 34_000m, 46_000m), ("Directora financiera", 70_000m, 95_000m)]),
        ("Recursos Humanos", [("Técnica de Recursos Humanos", 26_000m, 34_000m), ("Responsable de nóminas", 34_000m, 44_000m)]),
        ("Operaciones", [("Operario de almacén", 18_500m, 22_000m), ("Técnico de logística", 23_000m, 29_000m), ("Jefa de operaciones", 42_000m, 55_000m)]),
        ("Atención al Cliente", [("Agente de atención al cliente", 18_000m, 21_500m), ("Coordinadora de soporte", 26_000m, 32_000m)]),
        ("Sistemas", [("Técnico de sistemas", 27_000m, 35_000m), ("Administradora de sistemas", 35_000m, 47_000m)]),
        ("Legal", [("Abogada laboralista", 38_000m, 55_000m)]),
    ];

    private static readonly string[] SpanishFirstNames =
    [
        "Lucía", "María", "Carmen", "Laura", "Marta", "Paula", "Elena", "Sara", "Isabel", "Cristina", "Raquel", "Nuria", "Beatriz", "Silvia", "Alba", "Irene", "Rocío", "Pilar",
        "Antonio", "Manuel", "José", "Francisco", "David", "Javier", "Daniel", "Carlos", "Alejandro", "Miguel", "Pablo", "Sergio", "Jorge", "Álvaro", "Raúl", "Rubén", "Adrián", "Iván",
    ];

    private static readonly string[] EnglishFirstNames = ["Emily", "Olivia", "Sophie", "Grace", "James", "Oliver", "Harry", "Thomas", "Michael", "Daniel"];

    private static readonly string[] SpanishLastNames =
    [
        "García", "Rodríguez", "González", "Fernández", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno",
        "Muñoz", "Álvarez", "Romero", "Alonso", "Gutiérrez", "Navarro", "Torres", "Domínguez", "Vázquez", "Ramos", "Gil", "Ramírez", "Serrano", "Blanco", "Molina",
    ];

    private static readonly string[] EnglishLastNames = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Evans", "Walker"];

    public static IReadOnlyList<DemoEmployee> Generate(int count, int seed)
    {
        var random = new Random(seed);
        var employees = new List<DemoEmployee>(count + 3)
        {
            new(StableId(AnaEmail), "E00001", AnaEmail, "Ana", "García", "Ingeniería", "Ingeniera de software sénior",
                new DateOnly(2019, 3, 4), "es", "employee", 48_000m, new PayslipExtras(0.02m, 62.40m, false, false, false)),
            new(StableId(JohnEmail), "E00002", JohnEmail, "John", "Smith", "Ventas", "Account Executive",
                new DateOnly(2021, 9, 13), "en", "employee", 38_500m, new PayslipExtras(0m, 0m, true, true, false)),
            new(StableId(HrEmail), "E00003", HrEmail, "Rosa", "Herrera", "Recursos Humanos", "Responsable de nóminas",
                new DateOnly(2016, 1, 11), "es", "hr", 41_000m, new PayslipExtras(0m, 48.90m, false, false, false)),
            // The administrator (roles and second factors), numbered outside the generated range so that adding
            // the account changed nobody else's number.
            new(StableId(AdminEmail), "E00000", AdminEmail, "Itziar", "Etxeberria", "Sistemas", "Administradora de sistemas",
                new DateOnly(2015, 6, 1), "es", "admin", 47_000m, new PayslipExtras(0m, 0m, false, false, false)),
        };
        var emails = employees.Select(e => e.Email).ToHashSet();

        for (var i = FixedGeneratedFrom; employees.Count < count; i++)
        {
            var english = random.NextDouble() < 0.08;
            var first = Pick(random, english ? EnglishFirstNames : SpanishFirstNames);
            var last = Pick(random, english ? EnglishLastNames : SpanishLastNames);
            var second = english ? "" : " " + Pick(random, SpanishLastNames);
            var (department, positions) = Structure[random.Next(Structure.Length)];
            var (position, min, max) = positions[random.Next(positions.Length)];
            var gross = Math.Round((min + (decimal)random.NextDouble() * (max - min)) / 100m) * 100m;
            var hire = new DateOnly(2004, 1, 1).AddDays(random.Next(0, 365 * 21));
            var email = Slug(first) + "." + Slug(last) + (english ? "" : "." + Slug(second.Trim()[..1])) + "@chatnomina.local";
            for (var n = 2; !emails.Add(email); n++)
            {
                email = $"{Slug(first)}.{Slug(last)}{n}@chatnomina.local";
            }
            var extras = new PayslipExtras(
                PensionRate: random.NextDouble() < 0.15 ? 0.01m * random.Next(1, 5) : 0m,
                HealthInsurance: random.NextDouble() < 0.3 ? Math.Round(35m + (decimal)random.NextDouble() * 60m, 2) : 0m,
                UnionMember: random.NextDouble() < 0.12,
                SalesBonus: department == "Ventas",
                ProratedExtraPay: random.NextDouble() < 0.2);
            employees.Add(new DemoEmployee(
                NewGuid(random), $"E{i + 1:D5}", email, first, last + second, department, position, hire,
                english ? "en" : "es", "employee", gross, extras));
        }
        return employees;
    }

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];

    private static Guid NewGuid(Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    private static string Slug(string name) =>
        new string(name.Normalize(NormalizationForm.FormD)
            .Where(c => char.IsAsciiLetter(c))
            .ToArray()).ToLowerInvariant();
}
