using System.ComponentModel.DataAnnotations;

namespace ChatNomina.Users.Extensions;

/// <summary>Users service settings (section <c>Users</c>).</summary>
public sealed class UsersOptions
{
    public const string SectionName = "Users";

    /// <summary>How long a profile stays in Redis; updates invalidate it earlier.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan CacheTtl { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long a "sign out everywhere" is remembered: at least the refresh token lifetime
    /// (8 h), after which every token issued before it has expired by itself.</summary>
    [Range(typeof(TimeSpan), "00:15:00", "30.00:00:00")]
    public TimeSpan SignOutEverywhereTtl { get; set; } = TimeSpan.FromDays(1);
}
