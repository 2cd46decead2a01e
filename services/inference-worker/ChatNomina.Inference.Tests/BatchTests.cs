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
