namespace ChatNomina.Auth.SignIn;

/// <summary>The set-password page's text in Spanish (the default) and English, chosen like the sign-in page's.</summary>
internal sealed record SetPasswordTexts(
    string Title,
    string Hint,
    string Password,
    string Confirm,
    string Submit,
    string TooShort,
    string TooLong,
    string Mismatch,
    string FormExpired,
    string InvalidLinkTitle,
    string InvalidLinkText,
    string DoneTitle,
    string DoneText,
    string SignIn)
{
    public static SetPasswordTexts Spanish { get; } = new(
        Title: "Elige tu contraseña de ChatNomina",
        Hint: "Al menos {0} caracteres. Puedes usar una frase que recuerdes.",
        Password: "Nueva contraseña",
        Confirm: "Repite la contraseña",
        Submit: "Guardar contraseña",
        TooShort: "La contraseña es demasiado corta: usa al menos {0} caracteres.",
        TooLong: "La contraseña es demasiado larga.",
        Mismatch: "Las dos contraseñas no coinciden.",
        FormExpired: "El formulario ha caducado. Vuelve a intentarlo.",
        InvalidLinkTitle: "Enlace no válido o caducado",
        InvalidLinkText: "Este enlace ya se ha usado, ha caducado o no es válido. Pide uno nuevo a Recursos Humanos.",
        DoneTitle: "Contraseña guardada",
        DoneText: "Ya puedes iniciar sesión con tu correo y tu nueva contraseña.",
        SignIn: "Iniciar sesión");

    public static SetPasswordTexts English { get; } = new(
        Title: "Choose your ChatNomina password",
        Hint: "At least {0} characters. A phrase you can remember works well.",
        Password: "New password",
        Confirm: "Repeat the password",
        Submit: "Save password",
        TooShort: "The password is too short: use at least {0} characters.",
        TooLong: "The password is too long.",
        Mismatch: "The two passwords do not match.",
        FormExpired: "The form has expired. Please try again.",
        InvalidLinkTitle: "Invalid or expired link",
        InvalidLinkText: "This link has been used, has expired or is not valid. Ask HR for a new one.",
        DoneTitle: "Password saved",
        DoneText: "You can now sign in with your e-mail and your new password.",
        SignIn: "Sign in");

    /// <summary>The page's language: Spanish or English by <c>Accept-Language</c> (as the sign-in page), else Spanish.</summary>
    public static (SetPasswordTexts Texts, SignInTexts Page) Choose(HttpRequest request)
    {
        var page = SignInTexts.Choose(null, request);
        return (page.Lang == "en" ? English : Spanish, page);
    }
}
