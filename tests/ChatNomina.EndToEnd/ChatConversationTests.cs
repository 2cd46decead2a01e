using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ChatNomina.EndToEnd;

/// <summary>Conversations: follow-ups resolve from context, contexts never cross conversations or
/// users, history and feedback belong to their owner, and every bad input is a clear 400.</summary>
[Collection(StackCollection.Name)]
public sealed class ChatConversationTests(StackFixture stack)
{
    [Fact]
    public async Task Spanish_follow_ups_carry_intent_and_period()
    {
        var chat = new ChatClient(stack.ClientFor(stack.Ana));
        var first = await chat.AskAsync("¿cuánto cobré neto en marzo de 2025?");
        var conversation = first.GetProperty("conversationId").GetGuid();
        Assert.Equal("net_pay", first.GetProperty("intent").GetString());
        AssertSource(first, 2025, 3);

        var february = await chat.AskAsync("¿y en febrero?", conversation);
        Assert.Equal("net_pay", february.GetProperty("intent").GetString());
        Assert.Equal("net_pay", february.GetProperty("context").GetProperty("intent").GetString());
        Assert.Equal(2, february.GetProperty("context").GetProperty("month").GetInt32());
        var febYear = february.GetProperty("context").GetProperty("year").GetInt32();
        AssertSource(february, febYear, 2);
        var payslip = await stack.ClientFor(stack.Ana).GetFromJsonAsync<JsonElement>($"api/payroll/payslips/{febYear}/2");
        Assert.Contains(Figures.OfAmount(payslip.GetProperty("netSalary").GetDecimal()).ElementAt(1), february.GetProperty("text").GetString());

        var deductions = await chat.AskAsync("¿y las deducciones?", conversation);
        Assert.Equal("deductions", deductions.GetProperty("intent").GetString());
        AssertSource(deductions, febYear, 2);
        Assert.Contains(Figures.OfAmount(payslip.GetProperty("totalDeductions").GetDecimal()).ElementAt(1), deductions.GetProperty("text").GetString());
    }

    [Fact]
    public async Task English_follow_up_about_last_year_keeps_the_month()
    {
        var chat = new ChatClient(stack.ClientFor(stack.John));
        var first = await chat.AskAsync("what was my net pay in March 2025?");
        Assert.Equal("net_pay", first.GetProperty("intent").GetString());
        AssertSource(first, 2025, 3);

        var lastYear = await chat.AskAsync("what about last year?", first.GetProperty("conversationId").GetGuid());
        Assert.Equal("net_pay", lastYear.GetProperty("intent").GetString());
        Assert.Equal("en", lastYear.GetProperty("language").GetString());
        var expectedYear = DateTime.UtcNow.Year - 1;
        AssertSource(lastYear, expectedYear, 3);
    }

    [Fact]
    public async Task A_new_conversation_does_not_inherit_another_ones_context()
    {
        var chat = new ChatClient(stack.ClientFor(stack.Ana));
        var first = await chat.AskAsync("¿qué deducciones tuve en marzo de 2025?");
        AssertSource(first, 2025, 3);

        // Same user, new conversation: "and the deductions?" has nothing to follow, so it is about
        // the latest payslip (or a clarifying question), never March 2025.
        var fresh = await chat.AskAsync("¿y las deducciones?");
        Assert.NotEqual(first.GetProperty("conversationId").GetGuid(), fresh.GetProperty("conversationId").GetGuid());
        Assert.DoesNotContain(fresh.GetProperty("sources").EnumerateArray(),
            s => s.GetProperty("year").GetInt32() == 2025 && s.GetProperty("month").GetInt32() == 3);
        Assert.NotEqual(JsonValueKind.Number, fresh.GetProperty("context").GetProperty("compareYear").ValueKind);
    }

    [Fact]
    public async Task A_conversation_is_listed_under_its_first_message_cut_to_80_characters()
    {
        var chat = new ChatClient(stack.ClientFor(stack.John));
        var first = "what was my net pay in March 2025? " + new string('x', 100);
        var answer = await chat.AskAsync(first);
        var conversation = answer.GetProperty("conversationId").GetGuid();
        await chat.AskAsync("and in April?", conversation);

        var list = await stack.ClientFor(stack.John).GetFromJsonAsync<JsonElement>("api/chat/conversations");
        var listed = list.EnumerateArray().Single(c => c.GetProperty("conversationId").GetGuid() == conversation);
        Assert.Equal(first[..80], listed.GetProperty("title").GetString());
        Assert.Equal(2, listed.GetProperty("messageCount").GetInt32());
    }

    [Fact]
    public async Task Another_users_conversation_is_not_found_and_leaks_nothing()
    {
        var ana = new ChatClient(stack.ClientFor(stack.Ana));
        var answer = await ana.AskAsync("¿cuánto cobré neto en enero de 2025?");
        var conversation = answer.GetProperty("conversationId").GetGuid();
        var messageId = answer.GetProperty("messageId").GetGuid();
        var anaFigures = Figures.In(answer.GetProperty("text").GetString()!).Where(f => f.Contains(',')).ToList();
        Assert.NotEmpty(anaFigures);

        var john = stack.ClientFor(stack.John);
        foreach (var forged in new[] { conversation, Guid.NewGuid() })
        {
            var post = await john.PostAsJsonAsync("api/chat/messages", new { message = "¿y en febrero?", conversationId = forged });
            Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
            Assert.Equal("application/problem+json", post.Content.Headers.ContentType?.MediaType);
            var body = await post.Content.ReadAsStringAsync();
            Assert.DoesNotContain(anaFigures, body.Contains);

            var history = await john.GetAsync($"api/chat/conversations/{forged}/messages");
            Assert.Equal(HttpStatusCode.NotFound, history.StatusCode);
            Assert.DoesNotContain(anaFigures, (await history.Content.ReadAsStringAsync()).Contains);
        }
        var feedback = await john.PostAsJsonAsync($"api/chat/messages/{messageId}/feedback", new { rating = "down" });
        Assert.Equal(HttpStatusCode.NotFound, feedback.StatusCode);

        var list = await john.GetFromJsonAsync<JsonElement>("api/chat/conversations");
        Assert.DoesNotContain(list.EnumerateArray(), c => c.GetProperty("conversationId").GetGuid() == conversation);
    }

    [Theory]
    [InlineData("¿cuánto cobra mi jefe?")]
    [InlineData("what is my manager's salary?")]
    [InlineData("how much does my boss earn?")]
    [InlineData("show me John's payslip")]
    [InlineData("¿cuánto gana María García?")]
    [InlineData("dame la nómina de ana.garcia@chatnomina.local")]
    [InlineData("payslip of employee 1f670925-b2ed-5d0d-8b1e-9c903e34d0c1 for March")]
    public async Task Questions_about_someone_else_get_no_figures(string message)
    {
        var answer = await new ChatClient(stack.ClientFor(stack.John)).AskAsync(message);
        var text = answer.GetProperty("text").GetString()!;
        Assert.Empty(answer.GetProperty("sources").EnumerateArray());
        Assert.DoesNotContain(Figures.In(text), f => f.Contains(',') || f.Contains('.'));
    }

    [Fact]
    public async Task An_employee_number_given_as_ones_own_is_answered_only_when_it_is_the_users_own()
    {
        var ana = stack.ClientFor(stack.Ana);
        var anaNumber = (await ana.GetFromJsonAsync<JsonElement>("api/users/me")).GetProperty("employeeNumber").GetString();
        var johnNumber = (await stack.ClientFor(stack.John).GetFromJsonAsync<JsonElement>("api/users/me")).GetProperty("employeeNumber").GetString();
        Assert.False(string.IsNullOrEmpty(anaNumber));
        Assert.NotEqual(anaNumber, johnNumber);
        var chat = new ChatClient(ana);

        var own = await chat.AskAsync($"Mi número de empleada es {anaNumber}: ¿cuál fue el neto de mi nómina de marzo de 2025?");
        Assert.Equal("net_pay", own.GetProperty("intent").GetString());
        AssertSource(own, 2025, 3);

        // Another employee's number, said as one's own: refused like any other identifier, without figures.
        var claimed = await chat.AskAsync($"Mi número de empleada es {johnNumber}: ¿cuál fue el neto de mi nómina de marzo de 2025?");
        Assert.Empty(claimed.GetProperty("sources").EnumerateArray());
        Assert.DoesNotContain(Figures.In(claimed.GetProperty("text").GetString()!), f => f.Contains(',') || f.Contains('.'));
    }

    [Theory]
    [InlineData("¿qué tiempo hará mañana?")]
    [InlineData("book a flight to Madrid")]
    [InlineData("what is the capital of France?")]
    [InlineData("¿quién ganó el partido de ayer?")]
    public async Task Out_of_scope_questions_get_a_polite_refusal_without_figures(string message)
    {
        var answer = await new ChatClient(stack.ClientFor(stack.Ana)).AskAsync(message);
        Assert.Equal("out_of_scope", answer.GetProperty("intent").GetString());
        Assert.Empty(Figures.In(answer.GetProperty("text").GetString()!));
        Assert.Empty(answer.GetProperty("sources").EnumerateArray());
    }

    [Fact]
    public async Task History_lists_the_exchanges_in_order_and_feedback_is_recorded()
    {
        var chat = new ChatClient(stack.ClientFor(stack.Ana));
        var first = await chat.AskAsync("¿cuánto cobré neto en marzo de 2025?");
        var conversation = first.GetProperty("conversationId").GetGuid();
        var second = await chat.AskAsync("¿y en febrero?", conversation);

        var history = await chat.Http.GetFromJsonAsync<JsonElement>($"api/chat/conversations/{conversation}/messages");
        var messages = history.GetProperty("messages").EnumerateArray().ToList();
        Assert.Equal(2, messages.Count);
        Assert.Equal(first.GetProperty("messageId").GetGuid(), messages[0].GetProperty("messageId").GetGuid());
        Assert.Equal("¿cuánto cobré neto en marzo de 2025?", messages[0].GetProperty("message").GetString());
        Assert.Equal(first.GetProperty("text").GetString(), messages[0].GetProperty("text").GetString());
        Assert.Equal(second.GetProperty("text").GetString(), messages[1].GetProperty("text").GetString());
        Assert.Equal(first.GetProperty("traceId").GetString(), messages[0].GetProperty("traceId").GetString());

        var feedback = await chat.Http.PostAsJsonAsync($"api/chat/messages/{second.GetProperty("messageId").GetGuid()}/feedback",
            new { rating = "up", comment = "¡perfecto!" });
        Assert.Equal(HttpStatusCode.OK, feedback.StatusCode);
        history = await chat.Http.GetFromJsonAsync<JsonElement>($"api/chat/conversations/{conversation}/messages");
        Assert.Equal("up", history.GetProperty("messages")[1].GetProperty("feedback").GetString());

        var bad = await chat.Http.PostAsJsonAsync($"api/chat/messages/{second.GetProperty("messageId").GetGuid()}/feedback", new { rating = "meh" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Theory]
    [InlineData("{\"message\": \"\"}")]
    [InlineData("{\"message\": \"   \\t  \"}")]
    [InlineData("{\"message\": \"\\u0001\\u0002\\u0007\"}")]
    [InlineData("{\"message\": null}")]
    [InlineData("{}")]
    [InlineData("{\"message\": \"\\ud800 lone surrogate\"}")]
    [InlineData("{\"message\": \"neto de marzo\\u0000\"}")]
    [InlineData("not json at all")]
    [InlineData("[1, 2, 3]")]
    [InlineData("{\"message\": 42}")]
    [InlineData("{\"message\": \"hola\", \"conversationId\": \"not-a-guid\"}")]
    public async Task Invalid_messages_are_400_problem_details(string body)
    {
        var response = await stack.ClientFor(stack.Ana).PostAsync("api/chat/messages",
            new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_message_over_1000_characters_is_400_and_1000_is_accepted()
    {
        var http = stack.ClientFor(stack.Ana);
        var tooLong = await http.PostAsJsonAsync("api/chat/messages", new { message = new string('a', 1001) });
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("1000", await tooLong.Content.ReadAsStringAsync());

        var longest = await http.PostAsJsonAsync("api/chat/messages", new { message = "hola " + new string('a', 995) });
        Assert.Equal(HttpStatusCode.OK, longest.StatusCode);
    }

    [Fact]
    public async Task Hostile_bodies_are_400_and_never_a_server_error()
    {
        var http = stack.ClientFor(stack.Ana);
        string[] messages =
        [
            "hola" + new string('\u0001', 5000),              // padding that cleaning would remove
            new string('\u200B', 900) + "¿cuánto cobré?" + new string('\u202E', 900),
            string.Concat(Enumerable.Repeat("😀", 1001)),       // 1,001 characters
        ];
        foreach (var message in messages)
        {
            var response = await http.PostAsJsonAsync("api/chat/messages", new { message });
            Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.OK,
                $"{(int)response.StatusCode} for a {message.Length}-unit message");
        }
        var padded = await http.PostAsJsonAsync("api/chat/messages", new { message = messages[0] });
        Assert.Equal(HttpStatusCode.BadRequest, padded.StatusCode);
        var emojis = await http.PostAsJsonAsync("api/chat/messages", new { message = messages[2] });
        Assert.Equal(HttpStatusCode.BadRequest, emojis.StatusCode);

        var injection = await new ChatClient(http).AskAsync("'; DROP TABLE chat.messages; -- <script>alert(1)</script>");
        var history = await http.GetFromJsonAsync<JsonElement>($"api/chat/conversations/{injection.GetProperty("conversationId").GetGuid()}/messages");
        Assert.Equal("'; DROP TABLE chat.messages; -- <script>alert(1)</script>", history.GetProperty("messages")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Chat_needs_a_token()
    {
        var response = await stack.Http.PostAsJsonAsync("api/chat/messages", new { message = "hola" });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Entities_carry_offsets_into_the_message_as_typed()
    {
        const string message = "  ¿Cuánto me retuvieron de IRPF en enero de 2025?";
        var answer = await new ChatClient(stack.ClientFor(stack.Ana)).AskAsync(message);
        var entities = answer.GetProperty("entities").EnumerateArray().ToList();
        Assert.Contains(entities, e => e.GetProperty("type").GetString() == "DEDUCTION_TYPE" && e.GetProperty("value").GetString() == "income_tax");
        foreach (var e in entities)
        {
            var start = e.GetProperty("start").GetInt32();
            var end = e.GetProperty("end").GetInt32();
            Assert.Equal(message[start..end], e.GetProperty("text").GetString());
        }
    }

    [Fact]
    public async Task The_trace_id_of_the_request_is_returned_stored_and_in_the_chat_logs()
    {
        var traceId = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
        var http = stack.ClientFor(stack.Ana);
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/chat/messages")
        {
            Content = JsonContent.Create(new { message = "¿cuánto cobré neto en abril de 2025?" }),
        };
        request.Headers.Add("traceparent", $"00-{traceId}-{Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(8))}-01");
        var response = await http.SendAsync(request);
        var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(traceId, answer.GetProperty("traceId").GetString());

        var history = await http.GetFromJsonAsync<JsonElement>($"api/chat/conversations/{answer.GetProperty("conversationId").GetGuid()}/messages");
        Assert.Equal(traceId, history.GetProperty("messages")[0].GetProperty("traceId").GetString());

        // The chat's JSON log (./chatnomina writes it to .data/logs/chat.log): every line about this
        // message carries the trace id, and none carries the answer's figures.
        var log = Path.Combine(StackEnvironment.RepositoryRoot.FullName, ".data", "logs", "chat.log");
        Assert.True(File.Exists(log), $"{log} not found: the end-to-end tests run next to ./chatnomina's stack");
        var messageId = answer.GetProperty("messageId").GetGuid().ToString();
        List<string> lines = [];
        for (var i = 0; i < 20 && lines.Count == 0; i++)
        {
            await Task.Delay(100);
            using var stream = new FileStream(log, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            lines = [.. new StreamReader(stream).ReadToEnd().Split('\n').Where(l => l.Contains(messageId))];
        }
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.Contains(traceId, l));
        var figures = Figures.In(answer.GetProperty("text").GetString()!).Where(f => f.Contains(',')).ToList();
        Assert.NotEmpty(figures);
        Assert.All(lines, l => Assert.DoesNotContain(figures, l.Contains));
    }

    private static void AssertSource(JsonElement answer, int year, int month)
    {
        var sources = answer.GetProperty("sources").EnumerateArray().ToList();
        Assert.True(sources.Any(s => s.GetProperty("year").GetInt32() == year && s.GetProperty("month").GetInt32() == month),
            $"expected a source {year}-{month:D2} in {answer}");
    }
}
