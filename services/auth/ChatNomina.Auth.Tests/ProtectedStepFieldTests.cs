using System.Text;
using ChatNomina.Auth.Credentials;
using ChatNomina.Auth.SignIn;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Time.Testing;

namespace ChatNomina.Auth.Tests;

/// <summary>
/// The protected hidden field of the sign-in steps after the password (<see cref="PendingSecondFactor"/>,
/// <see cref="PendingEnrolment"/>), without a server: its wire format (a field issued by another replica or the
/// previous release still reads), its expiry, and that it is read only under its own purpose and unaltered.
/// </summary>
public sealed class ProtectedStepFieldTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 7, 12, 0, 0, TimeSpan.Zero));
    private readonly EphemeralDataProtectionProvider _keys = new();

    [Fact]
    public void The_payload_is_version_user_value_and_expiry_in_unix_milliseconds()
    {
        var protector = _keys.CreateProtector("test");
        var field = new ProtectedStepField(protector, _clock, TimeSpan.FromMinutes(5));
        var userId = Guid.NewGuid();

        var token = field.Issue(userId, "42");

        var payload = Encoding.UTF8.GetString(protector.Unprotect(WebEncoders.Base64UrlDecode(token)));
        var expires = _clock.GetUtcNow().AddMinutes(5).ToUnixTimeMilliseconds();
        Assert.Equal($"v1|{userId:N}|42|{expires}", payload);
        Assert.Equal((userId, "42"), field.Read(token));
    }

    [Fact]
    public void A_field_is_valid_until_its_lifetime_has_passed()
    {
        var field = new ProtectedStepField(_keys.CreateProtector("test"), _clock, TimeSpan.FromMinutes(5));
        var userId = Guid.NewGuid();
        var token = field.Issue(userId, "");

        _clock.Advance(TimeSpan.FromMinutes(5) - TimeSpan.FromMilliseconds(1));
        Assert.Equal((userId, ""), field.Read(token));
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Null(field.Read(token));
    }

    [Fact]
    public void A_field_of_another_purpose_an_altered_one_or_none_reads_as_nothing()
    {
        var field = new ProtectedStepField(_keys.CreateProtector("one"), _clock, TimeSpan.FromMinutes(5));
        var other = new ProtectedStepField(_keys.CreateProtector("other"), _clock, TimeSpan.FromMinutes(5));
        var token = other.Issue(Guid.NewGuid(), "x");

        Assert.Null(field.Read(token));
        Assert.Null(field.Read(token[..^2] + (token[^2] == 'A' ? "B" : "A") + token[^1]));
        Assert.Null(field.Read("not base64url!"));
        Assert.Null(field.Read(new string('A', 1025)));
        Assert.Null(field.Read(""));
        Assert.Null(field.Read(null));
    }

    [Fact]
    public void A_value_with_the_separator_is_refused_when_issued()
    {
        var field = new ProtectedStepField(_keys.CreateProtector("test"), _clock, TimeSpan.FromMinutes(5));
        Assert.Throws<ArgumentException>(() => field.Issue(Guid.NewGuid(), "a|b"));
    }

    [Fact]
    public void The_code_step_and_the_enrolment_step_read_their_own_fields_only()
    {
        var codeStep = new PendingSecondFactor(_keys, _clock);
        var enrolment = new PendingEnrolment(_keys, _clock);
        var userId = Guid.NewGuid();
        byte[] secret = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

        var pending = codeStep.Issue(userId, new StepBinding(57_000_000));
        var enrolling = enrolment.Issue(userId, secret);

        Assert.Equal(new PendingSignIn(userId, new StepBinding(57_000_000)), codeStep.Read(pending));
        Assert.Equal(new PendingSignIn(userId, new StepBinding(null)), codeStep.Read(codeStep.Issue(userId, new StepBinding(null))));
        var read = enrolment.Read(enrolling);
        Assert.NotNull(read);
        Assert.Equal(userId, read.Value.UserId);
        Assert.Equal(secret, read.Value.Secret);
        Assert.Null(codeStep.Read(enrolling));
        Assert.Null(enrolment.Read(pending));
    }
}
