namespace ChatNomina.Contracts.Inference;

/// <summary>One entity found in a message.</summary>
/// <param name="Type">MONTH, YEAR, REL_PERIOD, DEDUCTION_TYPE, AMOUNT or PROFILE_FIELD.</param>
/// <param name="Text">The message's text of the entity (<c>text[Start..End]</c>).</param>
/// <param name="Start">Start offset in UTF-16 code units (a .NET string index), inclusive.</param>
/// <param name="End">End offset in UTF-16 code units, exclusive.</param>
/// <param name="Value">Normalized value as text ("3" for marzo, "2025-02" for "last month",
/// "irpf", "1234.56"…), null when normalization finds none.</param>
/// <param name="Number">The same value as a number for MONTH (1–12) and YEAR, otherwise null.</param>
public sealed record ExtractedEntity(string Type, string Text, int Start, int End, string? Value, int? Number);
