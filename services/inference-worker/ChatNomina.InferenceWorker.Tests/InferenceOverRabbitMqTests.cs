using ChatNomina.Contracts.Inference;
using ChatNomina.InferenceWorker.Consumers;

namespace ChatNomina.InferenceWorker.Tests;

public sealed class InferenceOverRabbitMqTests(InferenceWorkerFixture worker) : IClassFixture<InferenceWorkerFixture>
{
    private static readonly DateTimeOffset MessageTime = new(2026, 3, 15, 10, 30, 0, TimeSpan.FromHours(1));

    [Fact]
    public async Task An_obvious_greeting_is_classified_as_greeting_with_a_probability()
    {
        var id = Guid.NewGuid();
        var response = await worker.RequestClient<ClassifyIntent>("classify-intent")
            .GetResponse<IntentClassified>(new ClassifyIntent(id, "es", MessageTime, "¡Hola, buenos días!"));

        var r = response.Message;
        Assert.Equal(id, r.MessageId);
        Assert.Equal("greeting", r.Intent);
        Assert.InRange(r.Confidence, double.Epsilon, 1.0);
        Assert.Equal(1.0, r.Probabilities.Values.Sum(), 3);
        // the served intent is the T5 + n-gram ensemble: both models are named, so a change of either shows
        var engine = worker.Models.Engine;
        Assert.Equal($"{engine.T5.Folder.Id}+{engine.IntentNgram!.Folder.Id}", r.ModelId);
        Assert.Equal($"{engine.T5.Folder.Version}+{engine.IntentNgram.Folder.Version}", r.ModelVersion);
    }

    [Fact]
    public async Task A_month_is_extracted_with_its_span_and_normalized_value()
    {
        const string text = "¿cuánto cobré en marzo?";
        var response = await worker.RequestClient<ExtractEntities>("extract-entities")
            .GetResponse<EntitiesExtracted>(new ExtractEntities(Guid.NewGuid(), "es", MessageTime, text));

        var month = Assert.Single(response.Message.Entities, e => e.Type == "MONTH");
        Assert.Equal("marzo", month.Text);
        Assert.Equal(text.IndexOf("marzo", StringComparison.Ordinal), month.Start);
        Assert.Equal(month.Start + "marzo".Length, month.End);
        Assert.Equal("marzo", text[month.Start..month.End]);
        Assert.Equal(3, month.Number);
        Assert.Equal("3", month.Value);
        Assert.Equal(worker.Models.Engine.Ner.Folder.Id, response.Message.ModelId);
    }

    [Fact]
    public async Task A_relative_period_is_resolved_against_the_message_time()
    {
        var response = await worker.RequestClient<ExtractEntities>("extract-entities")
            .GetResponse<EntitiesExtracted>(new ExtractEntities(Guid.NewGuid(), "en", MessageTime, "what were my deductions last month?"));

        Assert.Contains(response.Message.Entities, e => e is { Type: "REL_PERIOD", Value: "2026-02" });
    }

    [Fact]
    public async Task An_answer_template_is_generated_in_the_requested_language()
    {
        var request = new GenerateAnswer(Guid.NewGuid(), "es", MessageTime, "net_pay", ["month_name", "year", "net_salary"]);
        var response = await worker.RequestClient<GenerateAnswer>("generate-answer").GetResponse<AnswerGenerated>(request);

        var expected = worker.Models.Engine.Generate([GenerateAnswerConsumer.ModelInput(request)])[0].Text;
        Assert.Equal(request.MessageId, response.Message.MessageId);
        Assert.Equal(expected, response.Message.Text);
        Assert.False(string.IsNullOrWhiteSpace(response.Message.Text)); // content depends on the model version
    }

    [Fact]
    public async Task Twenty_concurrent_requests_are_all_answered_like_single_messages()
    {
        string[] texts =
        [
            "hola", "¿cuánto cobré en marzo?", "what is my net pay for January 2025?", "gracias!",
            "¿cuánto me retuvieron de IRPF en enero del 24?", "what were my deductions last month?",
            "¿qué tiempo hará mañana en Madrid?", "adiós", "how much did I earn last year?", "mi salario bruto de febrero",
            "¿cuándo me pagan la nómina de abril?", "compare my net pay in January and February 2025",
            "¿en qué departamento estoy?", "help", "neto marzo", "what's my gross salary in May 2025?",
            "¿cuánto llevo cobrado este año?", "tell me a joke", "deducciones de seguridad social en junio", "bye!",
        ];
        var intents = worker.RequestClient<ClassifyIntent>("classify-intent");
        var entities = worker.RequestClient<ExtractEntities>("extract-entities");
        var requests = texts.Select(t => (Id: Guid.NewGuid(), Text: t)).ToArray();

        var intentTasks = requests.Select(r => intents.GetResponse<IntentClassified>(new ClassifyIntent(r.Id, "es", MessageTime, r.Text))).ToArray();
        var entityTasks = requests.Select(r => entities.GetResponse<EntitiesExtracted>(new ExtractEntities(r.Id, "es", MessageTime, r.Text))).ToArray();
        var intentResponses = await Task.WhenAll(intentTasks);
        var entityResponses = await Task.WhenAll(entityTasks);

        var engine = worker.Models.Engine;
        var now = DateOnly.FromDateTime(MessageTime.DateTime);
        for (var i = 0; i < requests.Length; i++)
        {
            var intent = intentResponses[i].Message;
            var single = engine.ClassifyIntent([requests[i].Text])[0];
            Assert.Equal(requests[i].Id, intent.MessageId);
            Assert.Equal(single.Intent, intent.Intent);
            Assert.Equal(single.Confidence, intent.Confidence, 4);

            var extracted = entityResponses[i].Message;
            var expected = engine.ExtractEntities([requests[i].Text], [now])[0].Select(ExtractEntitiesConsumer.ToContract).ToArray();
            Assert.Equal(requests[i].Id, extracted.MessageId);
            Assert.Equal(expected, extracted.Entities);
        }
    }

    [Fact]
    public async Task Metrics_show_model_duration_and_batch_size_per_model()
    {
        await worker.RequestClient<ClassifyIntent>("classify-intent")
            .GetResponse<IntentClassified>(new ClassifyIntent(Guid.NewGuid(), "en", MessageTime, "hello there"));

        var metrics = await worker.Worker.GetStringAsync("/metrics");
        Assert.Contains("chatnomina_model_duration_seconds_bucket{", metrics);
        Assert.Contains("chatnomina_inference_batch_size_bucket{", metrics);
        Assert.Contains("model=\"t5-payroll+intent-ngram\"", metrics);
    }
}
