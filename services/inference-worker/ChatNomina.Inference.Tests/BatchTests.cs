namespace ChatNomina.Inference.Tests;

[Collection(ModelsCollection.Name)]
public sealed class BatchTests(ModelsFixture models)
{
    private static readonly string[] Texts =
    [
        "¿Cuánto me retuvieron de IRPF en enero del 24?",
        "hola",
        "what were my deductions last month?",
        "compare my net pay in January and February 2025 please, I think something is wrong",
        "¿qué tiempo hará mañana en Madrid?",
    ];
    private static readonly DateOnly[] Nows = Texts.Select(_ => new DateOnly(2026, 1, 15)).ToArray();

    [Fact]
    public void Batched_intents_equal_single_message_intents()
    {
        var batch = models.Engine.ClassifyIntent(Texts);
        for (var i = 0; i < Texts.Length; i++)
        {
            var single = models.Engine.ClassifyIntent([Texts[i]])[0];
            Assert.Equal(single.Intent, batch[i].Intent);
            foreach (var (label, p) in single.Probabilities)
                Assert.Equal(p, batch[i].Probabilities[label], 4);
        }
    }

    [Fact]
    public void Batched_entities_equal_single_message_entities()
    {
        var batch = models.Engine.ExtractEntities(Texts, Nows);
        for (var i = 0; i < Texts.Length; i++)
            Assert.Equal(models.Engine.ExtractEntities([Texts[i]], [Nows[i]])[0], batch[i]);
        Assert.Contains(batch[0], e => e is { Type: "DEDUCTION_TYPE", Text: "IRPF", Value: "income_tax" });
        Assert.Contains(batch[2], e => e is { Type: "REL_PERIOD", Value: "2025-12" });
    }

    [Fact]
    public void Batched_generation_equals_single_generation()
    {
        string[] inputs =
        [
            "generate: intent=net_pay lang=es fields=month_name,year,net_salary",
            "generate: intent=greeting lang=en fields=employee_name",
            "generate: intent=profile_info lang=en fields=department status=forbidden",
        ];
        var batch = models.Engine.Generate(inputs);
        for (var i = 0; i < inputs.Length; i++)
        {
            var single = models.Engine.Generate([inputs[i]])[0];
            Assert.Equal(single.Ids, batch[i].Ids);
            Assert.Equal(single.Text, batch[i].Text);
        }
    }

    [Fact]
    public void Empty_text_gives_a_prediction_without_entities()
    {
        var p = models.Engine.Predict([""], [new DateOnly(2026, 1, 15)])[0];
        Assert.InRange(p.Confidence, 0, 1);
        Assert.Empty(p.Entities);
    }
}

public sealed class PredictionJsonTests
{
    [Fact]
    public void A_prediction_line_has_exactly_the_contract_fields_with_code_point_offsets()
    {
        const string text = "💸 neto de marzo del 24";
        var start = text.IndexOf("marzo", StringComparison.Ordinal);
        var p = new NluPrediction("net_pay", 0.98765432, [
            new Entity("MONTH", "marzo", start, start + 5, 3),
            new Entity("YEAR", "24", start + 10, start + 12, 2024),
            new Entity("AMOUNT", "x", 0, 0, null),
        ]);
        using var id = System.Text.Json.JsonDocument.Parse("\"m-1\"");
        var line = System.Text.Encoding.UTF8.GetString(PredictionJson.Line(id.RootElement, text, p, 4.56789));
        Assert.Equal(
            """{"id":"m-1","intent":"net_pay","confidence":0.987654,"entities":[{"type":"MONTH","text":"marzo","start":10,"end":15,"value":3},{"type":"YEAR","text":"24","start":20,"end":22,"value":2024},{"type":"AMOUNT","text":"x","start":0,"end":0,"value":null}],"ms":4.568}""",
            line);
    }
}
