using System.ComponentModel.DataAnnotations;

namespace ChatNomina.Users.Extensions;

/// <summary>Users service settings (section <c>Users</c>).</summary>
public sealed class UsersOptions
{
    public const string SectionName = "Users";

    /// <summary>How long a profile stays in Redis; updates invalidate it earlier.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan CacheTtl { get; set; } = TimeSpan.FromMinutes(30);
}
