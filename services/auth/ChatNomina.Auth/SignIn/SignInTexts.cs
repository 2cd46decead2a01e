using ChatNomina.Auth.Apis;
using Microsoft.Net.Http.Headers;

namespace ChatNomina.Auth.SignIn;

/// <summary>
/// The sign-in page's text in Spanish (the default) and English: the message catalogue, never
/// inline in the markup. Chosen from the authorization request's <c>ui_locales</c> when it names
/// one of them, else from <c>Accept-Language</c>.
/// </summary>
internal sealed record SignInTexts(
    string Lang,
    string Title,
    string Email,
    string Password,
    string Submit,
    string InvalidCredentials,
    string ThrottledFormat,
    string FormExpired,
    string InvalidLinkTitle,
    string InvalidLinkText,
    string InvalidRequestTitle,
    string InvalidRequestText,
    string CodeTitle,
    string CodeHint,
    string Code,
    string Verify,
    string WrongCode,
    string SignInExpired,
    string UseRecoveryCode,
    string RecoveryCode,
    string RecoveryCodeHint,
    string RecoverySubmit,
    string EnrolTitle,
    string EnrolIntro,
    string QrLabel,
    string SecretLabel,
    string KeyUriLabel,
    string EnrolCode,
    string EnrolCodeHint,
    string EnrolSubmit,
    string WrongEnrolmentCode,
    string RecoveryTitle,
    string RecoveryIntro,
    string RecoveryContinue,
    Func<int, string> Seconds,
    Func<int, string> Minutes)
{
    public static SignInTexts Spanish { get; } = new(
        Lang: "es",
        Title: "Inicia sesión en ChatNomina",
        Email: "Correo electrónico",
        Password: "Contraseña",
        Submit: "Iniciar sesión",
        InvalidCredentials: "El correo o la contraseña no son correctos.",
        ThrottledFormat: "Demasiados intentos fallidos. Espera {0} y vuelve a intentarlo.",
        FormExpired: "El formulario ha caducado. Vuelve a intentarlo.",
        InvalidLinkTitle: "Enlace de inicio de sesión no válido",
        InvalidLinkText: "Vuelve a la aplicación e inicia sesión desde allí.",
        InvalidRequestTitle: "Solicitud no válida",
        InvalidRequestText: "El formulario no se ha podido leer. Vuelve a la aplicación e inténtalo de nuevo.",
        CodeTitle: "Verificación en dos pasos",
        CodeHint: "Escribe el código de 6 dígitos que muestra tu aplicación de autenticación.",
        Code: "Código de verificación",
        Verify: "Verificar",
        WrongCode: "El código no es correcto o ya se ha usado. Escribe el código que se muestra ahora.",
        SignInExpired: "El inicio de sesión ha caducado. Escribe de nuevo tu correo y tu contraseña.",
        UseRecoveryCode: "¿No tienes la aplicación a mano? Usa un código de recuperación",
        RecoveryCode: "Código de recuperación",
        RecoveryCodeHint: "Cada código de recuperación sirve una sola vez.",
        RecoverySubmit: "Usar el código de recuperación",
        EnrolTitle: "Activa la verificación en dos pasos",
        EnrolIntro: "Tu cuenta pide un segundo paso al iniciar sesión. Escanea este código QR con tu aplicación de autenticación (Google Authenticator, Aegis, 1Password…) o escribe en ella la clave.",
        QrLabel: "Código QR para tu aplicación de autenticación",
        SecretLabel: "Clave",
        KeyUriLabel: "Enlace para la aplicación",
        EnrolCode: "Código de la aplicación",
        EnrolCodeHint: "Para confirmar, escribe el código de 6 dígitos que muestra ahora la aplicación.",
        EnrolSubmit: "Activar",
        WrongEnrolmentCode: "El código no es correcto. Comprueba que has añadido la clave a la aplicación y escribe el código que muestra ahora.",
        RecoveryTitle: "Guarda tus códigos de recuperación",
        RecoveryIntro: "La verificación en dos pasos está activada. Si pierdes el acceso a la aplicación, cada uno de estos códigos sirve una vez en lugar de su código. Solo se muestran ahora: guárdalos en un lugar seguro.",
        RecoveryContinue: "Los he guardado: continuar",
        Seconds: n => n == 1 ? "1 segundo" : $"{n} segundos",
        Minutes: n => n == 1 ? "1 minuto" : $"{n} minutos");

    public static SignInTexts English { get; } = new(
        Lang: "en",
        Title: "Sign in to ChatNomina",
        Email: "Email",
        Password: "Password",
        Submit: "Sign in",
        InvalidCredentials: TokenApi.InvalidCredentialsDescription,
        ThrottledFormat: "Too many failed attempts. Wait {0} and try again.",
        FormExpired: "The form has expired. Please try again.",
        InvalidLinkTitle: "Invalid sign-in link",
        InvalidLinkText: "Go back to the app and sign in from there.",
        InvalidRequestTitle: "Invalid request",
        InvalidRequestText: "The form could not be read. Go back to the app and try again.",
        CodeTitle: "Two-step verification",
        CodeHint: "Enter the 6-digit code shown by your authenticator app.",
        Code: "Verification code",
        Verify: "Verify",
        WrongCode: "The code is incorrect or has already been used. Enter the code shown now.",
        SignInExpired: "The sign-in has expired. Enter your e-mail and password again.",
        UseRecoveryCode: "No access to the app? Use a recovery code",
        RecoveryCode: "Recovery code",
        RecoveryCodeHint: "Each recovery code works only once.",
        RecoverySubmit: "Use the recovery code",
        EnrolTitle: "Turn on two-step verification",
        EnrolIntro: "Your account asks for a second step at sign-in. Scan this QR code with your authenticator app (Google Authenticator, Aegis, 1Password…) or type the key into it.",
        QrLabel: "QR code for your authenticator app",
        SecretLabel: "Key",
        KeyUriLabel: "Link for the app",
        EnrolCode: "Code from the app",
        EnrolCodeHint: "To confirm, enter the 6-digit code the app shows now.",
        EnrolSubmit: "Turn on",
        WrongEnrolmentCode: "The code is incorrect. Check that you added the key to the app and enter the code it shows now.",
        RecoveryTitle: "Save your recovery codes",
        RecoveryIntro: "Two-step verification is on. If you lose access to the app, each of these codes works once instead of its code. They are shown only now: keep them somewhere safe.",
        RecoveryContinue: "I have saved them: continue",
        Seconds: n => n == 1 ? "1 second" : $"{n} seconds",
        Minutes: n => n == 1 ? "1 minute" : $"{n} minutes");

    /// <summary>The throttled message with the wait in whole seconds, or minutes from two minutes on.</summary>
    public string Throttled(int retryAfterSeconds) => string.Format(
        System.Globalization.CultureInfo.InvariantCulture,
        ThrottledFormat,
        retryAfterSeconds < 120 ? Seconds(retryAfterSeconds) : Minutes((retryAfterSeconds + 59) / 60));

    /// <summary>The first of <c>ui_locales</c> (space-separated, in order of preference) that is Spanish or
    /// English; else the best of <c>Accept-Language</c>; else Spanish.</summary>
    public static SignInTexts Choose(string? uiLocales, HttpRequest request)
    {
        foreach (var tag in (uiLocales ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (Match(tag) is { } texts)
            {
                return texts;
            }
        }
        var accepted = request.Headers.AcceptLanguage.Count > 0
            && StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptLanguage, out var list)
            ? list
            : [];
        foreach (var language in accepted.Where(l => l.Quality is not <= 0).OrderByDescending(l => l.Quality ?? 1))
        {
            if (Match(language.Value.ToString()) is { } texts)
            {
                return texts;
            }
        }
        return Spanish;
    }

    private static SignInTexts? Match(string tag)
    {
        var primary = tag.Split('-', 2)[0];
        return primary.Equals("es", StringComparison.OrdinalIgnoreCase) ? Spanish
            : primary.Equals("en", StringComparison.OrdinalIgnoreCase) ? English
            : null;
    }
}
