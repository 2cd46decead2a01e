using ChatNomina.Chat.Answers;

namespace ChatNomina.Chat.Tests;

public class PlaceholdersTests
{
    private static readonly Dictionary<string, string> Values = new()
    {
        ["month_name"] = "marzo",
        ["year"] = "2025",
        ["net_salary"] = "2.456,78 €",
    };

    private static readonly string[] Required = ["month_name", "year", "net_salary"];

    [Fact]
    public void Names_lists_every_slot_in_order()
    {
        Assert.Equal(["month_name", "year", "net_salary", "year"], Placeholders.Names("{month_name} {year}: {net_salary} ({year})"));
        Assert.Empty(Placeholders.Names("sin huecos {} {Mes} {año}"));
    }

    [Fact]
    public void A_text_with_known_slots_and_all_required_ones_has_no_problem() =>
        Assert.Null(Placeholders.Problem("En {month_name} de {year} cobraste {net_salary} netos.", Values, Required));

    [Fact]
    public void Optional_slots_may_be_left_out_and_required_ones_repeated() =>
        Assert.Null(Placeholders.Problem("{net_salary} en {month_name} de {year} ({year}).", Values, ["net_salary"]));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void An_empty_text_is_a_problem(string text) => Assert.Equal("empty text", Placeholders.Problem(text, Values, []));

    [Fact]
    public void A_slot_the_data_has_no_value_for_is_a_problem() =>
        Assert.Equal("unknown placeholder {gross_salary}",
            Placeholders.Problem("En {month_name} de {year} cobraste {net_salary} netos y {gross_salary} brutos.", Values, Required));

    [Fact]
    public void A_missing_required_slot_is_a_problem() =>
        Assert.Equal("missing placeholder {net_salary}", Placeholders.Problem("En {month_name} de {year} cobraste bastante.", Values, Required));

    [Theory]
    [InlineData("En {month_name} de {year} cobraste {net_salary} netos }.")]
    [InlineData("En {month_name} de {year} cobraste {net_salary} netos {.")]
    [InlineData("En {month_name} de {year} cobraste {{net_salary}} netos.")]
    [InlineData("En {month_name} de {year} cobraste {net_salary} {net_salary netos.")]
    [InlineData("En {month_name} de {year} cobraste {Net_Salary} {net_salary}.")]
    [InlineData("En {month_name} de {year} cobraste {} {net_salary}.")]
    public void Stray_braces_are_a_problem(string text) => Assert.Equal("stray brace", Placeholders.Problem(text, Values, Required));

    [Fact]
    public void Fill_replaces_every_slot_with_its_value()
    {
        Assert.Equal("En marzo de 2025 cobraste 2.456,78 € netos (2025).",
            Placeholders.Fill("En {month_name} de {year} cobraste {net_salary} netos ({year}).", Values));
    }

    [Fact]
    public void Fill_keeps_text_without_slots_and_handles_slots_at_the_edges()
    {
        Assert.Equal("Hola.", Placeholders.Fill("Hola.", Values));
        Assert.Equal("marzo2025", Placeholders.Fill("{month_name}{year}", Values));
    }

    [Fact]
    public void Fill_does_not_expand_slots_inside_values()
    {
        var values = new Dictionary<string, string> { ["department"] = "{year}", ["year"] = "2025" };
        Assert.Equal("Dept {year}, 2025", Placeholders.Fill("Dept {department}, {year}", values));
    }
}
